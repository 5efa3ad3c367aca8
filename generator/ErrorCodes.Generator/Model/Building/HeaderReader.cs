using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>Step 2: finds the known columns in the header; an unknown, repeated or malformed one is reported on its cell.</summary>
    internal static class HeaderReader
    {
        public static readonly string[] KnownColumns =
        {
            "code", "name", "member", "message", "description", "category", "duplicate",
            "http_status", "retryable", "severity", "help_url", "deprecated",
            "message.<culture>", "description.<culture>",
        };

        private static readonly Regex CultureName = new Regex(
            "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
            RegexOptions.CultureInvariant);

        public static CatalogColumns Read(CsvRecord header, CatalogContext context)
        {
            var columns = new CatalogColumns();
            for (int i = 0; i < header.Cells.Count; i++)
            {
                CsvCell cell = header.Cells[i];
                string name = cell.Value.Trim().ToLowerInvariant();
                switch (name)
                {
                    case "code": columns.Code = First(columns.Code, i, header, context); break;
                    case "name": columns.Name = First(columns.Name, i, header, context); break;
                    case "member": columns.Member = First(columns.Member, i, header, context); break;
                    case "message": columns.Message = First(columns.Message, i, header, context); break;
                    case "description": columns.Description = First(columns.Description, i, header, context); break;
                    case "category": columns.Category = First(columns.Category, i, header, context); break;
                    case "duplicate": columns.Duplicate = First(columns.Duplicate, i, header, context); break;
                    case "http_status": columns.HttpStatus = First(columns.HttpStatus, i, header, context); break;
                    case "retryable": columns.Retryable = First(columns.Retryable, i, header, context); break;
                    case "severity": columns.Severity = First(columns.Severity, i, header, context); break;
                    case "help_url": columns.HelpUrl = First(columns.HelpUrl, i, header, context); break;
                    case "deprecated": columns.Deprecated = First(columns.Deprecated, i, header, context); break;
                    default:
                        if (!TryAddLocalized(columns, name, header, i, context))
                        {
                            string nearest = Nearest(name);
                            string hint = nearest.Length == 0
                                ? "rename it to one of " + string.Join(", ", KnownColumns) + ", or remove it"
                                : "did you mean '" + nearest + "'?";
                            context.Report(DiagnosticDescriptors.UnknownColumn, cell.Span, cell.Value, hint);
                        }

                        break;
                }
            }

            if (columns.Code < 0)
            {
                context.Report(DiagnosticDescriptors.MissingRequiredColumn, header.Span, "code");
            }

            if (columns.Name < 0)
            {
                context.Report(DiagnosticDescriptors.MissingRequiredColumn, header.Span, "name");
            }

            return columns;
        }

        /// <summary>The first column of a name wins; a repeated one would otherwise be dropped without a word.</summary>
        private static int First(int existing, int index, CsvRecord header, CatalogContext context)
        {
            if (existing < 0)
            {
                return index;
            }

            ReportRepeatedColumn(header, existing, index, context);
            return existing;
        }

        private static void ReportRepeatedColumn(CsvRecord header, int first, int repeated, CatalogContext context)
        {
            CsvCell cell = header.Cells[repeated];
            context.Report(
                DiagnosticDescriptors.RepeatedColumn,
                cell.Span,
                cell.Value,
                header.Cells[first].Value,
                (first + 1).ToString(CultureInfo.InvariantCulture));
        }

        private static bool TryAddLocalized(CatalogColumns columns, string name, CsvRecord header, int index, CatalogContext context)
        {
            CsvCell cell = header.Cells[index];
            bool isMessage = name.StartsWith("message.", StringComparison.Ordinal);
            bool isDescription = name.StartsWith("description.", StringComparison.Ordinal);
            if (!isMessage && !isDescription)
            {
                return false;
            }

            string culture = cell.Value.Trim().Substring(name.IndexOf('.') + 1);
            if (!CultureName.IsMatch(culture))
            {
                context.Report(DiagnosticDescriptors.InvalidCultureColumn, cell.Span, cell.Value);
                return true;
            }

            List<string> cultures = isMessage ? columns.MessageCultures : columns.DescriptionCultures;
            List<int> indexes = isMessage ? columns.MessageColumns : columns.DescriptionColumns;
            int existing = cultures.FindIndex(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
            if (existing < 0)
            {
                cultures.Add(culture);
                indexes.Add(index);
            }
            else
            {
                ReportRepeatedColumn(header, indexes[existing], index, context);
            }

            return true;
        }

        /// <summary>The known column nearest to a misspelled one, or empty when none is near enough to suggest.</summary>
        private static string Nearest(string column)
        {
            string best = string.Empty;
            int bestDistance = int.MaxValue;
            foreach (string known in KnownColumns)
            {
                string candidate = known.Replace(".<culture>", string.Empty);
                int distance = EditDistance.Between(column, candidate);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = known;
                }
            }

            return bestDistance <= Math.Max(2, column.Length / 3) ? best : string.Empty;
        }
    }
}
