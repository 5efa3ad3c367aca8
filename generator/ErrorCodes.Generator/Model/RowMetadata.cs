using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// Reads the optional metadata cells of a row (http_status, retryable, severity, help_url, deprecated) and the
    /// per-file help URL template. A bad value is reported on its cell and ignored; it never costs the row.
    /// </summary>
    internal static class RowMetadata
    {
        private static readonly Regex TemplatePlaceholder = new Regex("\\{[^{}]*\\}", RegexOptions.CultureInvariant);

        /// <summary>The reason [Obsolete] shows when the catalog writes only <c>true</c> in the deprecated column.</summary>
        public const string DefaultDeprecation = "The vendor has deprecated this error code.";

        public static int HttpStatus(CsvCell cell, List<DiagnosticInfo> diagnostics)
        {
            string value = Text(cell).Trim();
            if (value.Length == 0)
            {
                return 0;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int status) && status >= 100 && status <= 599)
            {
                return status;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidHttpStatus, cell.Span, cell.Value));
            return 0;
        }

        public static bool Retryable(CsvCell cell, List<DiagnosticInfo> diagnostics)
        {
            string value = Text(cell).Trim();
            if (value.Length == 0 || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRetryable, cell.Span, cell.Value));
            return false;
        }

        public static SeverityLevel Severity(CsvCell cell, List<DiagnosticInfo> diagnostics)
        {
            string value = Text(cell).Trim().ToLowerInvariant();
            switch (value)
            {
                case "": return SeverityLevel.None;
                case "error": return SeverityLevel.Error;
                case "warning": return SeverityLevel.Warning;
                case "info": return SeverityLevel.Info;
                default:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSeverity, cell.Span, cell.Value));
                    return SeverityLevel.None;
            }
        }

        /// <summary>The row's own help URL when valid, else the file's template filled for the row, else empty.</summary>
        public static string HelpUrl(CsvCell cell, string? template, string codeText, string name, List<DiagnosticInfo> diagnostics)
        {
            string value = Text(cell).Trim();
            if (value.Length != 0)
            {
                if (IsWebUrl(value))
                {
                    return value;
                }

                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidHelpUrl, cell.Span, cell.Value));
            }

            return template is null ? string.Empty : FillTemplate(template, codeText, name);
        }

        /// <summary>The deprecation reason: empty when the code is not deprecated.</summary>
        public static string Deprecation(CsvCell cell)
        {
            string value = Text(cell).Trim();
            if (value.Length == 0 || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
            {
                return string.Empty;
            }

            return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? DefaultDeprecation : value;
        }

        /// <summary>
        /// The template from item metadata when it is usable, else null with a diagnostic at the start of the file
        /// (item metadata has no position of its own).
        /// </summary>
        public static string? ValidTemplate(string? template, SourceSpan fileStart, List<DiagnosticInfo> diagnostics)
        {
            if (string.IsNullOrWhiteSpace(template))
            {
                return null;
            }

            string trimmed = template!.Trim();
            foreach (Match placeholder in TemplatePlaceholder.Matches(trimmed))
            {
                if (placeholder.Value != "{code}" && placeholder.Value != "{name}")
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidHelpUrlTemplate, fileStart, trimmed, "has the unknown placeholder '" + placeholder.Value + "'"));
                    return null;
                }
            }

            if (!IsWebUrl(FillTemplate(trimmed, "1", "name")))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidHelpUrlTemplate, fileStart, trimmed, "is not an absolute http or https URL"));
                return null;
            }

            return trimmed;
        }

        /// <summary>The cell's text; a column the catalog does not have comes as the default cell, with no text.</summary>
        private static string Text(CsvCell cell) => cell.Value ?? string.Empty;

        /// <summary>The code is escaped too: a string code may hold any character, and a number escapes to itself.</summary>
        private static string FillTemplate(string template, string codeText, string name)
            => template
                .Replace("{code}", Uri.EscapeDataString(codeText))
                .Replace("{name}", Uri.EscapeDataString(name));

        private static readonly char[] UrlBreakingCharacters = { ' ', '\t', '\r', '\n' };

        private static bool IsWebUrl(string value)
            => Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
               && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
               && value.IndexOfAny(UrlBreakingCharacters) < 0;
    }
}
