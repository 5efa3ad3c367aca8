using System;
using System.IO;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Model.Building;
using ErrorCodes.Generator.Model.Placeholders;
using ErrorCodes.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// Turns the records of one catalog file into a domain model, in steps that each live in their own file under
    /// <c>Model/Building</c>: the domain and namespace (<see cref="DomainResolver"/>), the header
    /// (<see cref="HeaderReader"/>), each row (<see cref="RowReader"/>, <see cref="MemberIdentifiers"/>,
    /// <see cref="PlaceholderChecks"/>, <see cref="RowMetadata"/>), then the checks against earlier rows
    /// (<see cref="CatalogMembers"/>). Every problem becomes a diagnostic on its cell and costs only its own row, so
    /// the rest of the catalog still generates.
    /// </summary>
    internal static class CatalogBuilder
    {
        public static CatalogResult Build(CsvTable table, CatalogSettings settings)
        {
            var context = new CatalogContext(table, settings);
            DomainResolver.ResolveNames(context);
            if (table.Header is null)
            {
                // The reader has said why when it can (binary, unterminated quote, empty); what is left is a file of
                // separators and blanks, which is as empty as a file of nothing.
                if (table.Diagnostics.Count == 0)
                {
                    context.Report(DiagnosticDescriptors.EmptyFile, context.FileStart, Path.GetFileName(table.FilePath));
                }

                return context.Failed();
            }

            CodeType? codeType = StringCodes.ResolveCodeType(context);
            if (codeType is null)
            {
                return context.Failed();
            }

            context.CodeType = codeType.Value;
            context.Columns = HeaderReader.Read(table.Header, context);
            context.PlaceholderStyle = ReadPlaceholderStyle(settings.PlaceholderStyle, context);
            context.Columns.HelpUrlTemplate = RowMetadata.ValidTemplate(settings.HelpUrlTemplate, context.FileStart, context.Diagnostics);
            context.GeneratesExceptions = !NamesOther(settings.Exceptions, "true", "false", DiagnosticDescriptors.InvalidExceptionsSetting, context);
            context.GeneratesJsonConverter = !NamesOther(settings.JsonConverter, "true", "false", DiagnosticDescriptors.InvalidJsonConverterSetting, context);
            context.IsInternal = NamesOther(settings.Accessibility, "public", "internal", DiagnosticDescriptors.InvalidAccessibilitySetting, context);
            DomainResolver.CheckTypes(context);
            string? domain = context.Domain;
            string? ns = context.Namespace;
            if (!context.Columns.HasRequired || domain is null || ns is null)
            {
                return context.Failed();
            }

            if (table.Records.Count == 0)
            {
                context.Report(DiagnosticDescriptors.EmptyCatalog, table.Header.Span, Path.GetFileName(table.FilePath));
                return context.Failed();
            }

            if (codeType == CodeType.String)
            {
                StringCodes.Assign(context);
            }

            var members = new CatalogMembers(context, domain, ns);
            foreach (CsvRecord record in table.Records)
            {
                ErrorMember? member = RowReader.Read(record, context);
                if (member is not null)
                {
                    members.Add(member, record, domain);
                }
            }

            EquatableArray<ErrorMember> emitted = members.Members;
            var model = new DomainModel(
                table.FilePath,
                domain,
                ns,
                context.Columns.MessageCultures.ToEquatableArray(),
                context.Columns.DescriptionCultures.ToEquatableArray(),
                emitted,
                members.CategoryTypes,
                context.PlaceholderStyle,
                codeType == CodeType.String,
                codeType == CodeType.String ? StringCodes.Defined(context.StringCodes!, emitted) : default,
                context.GeneratesExceptions,
                context.GeneratesJsonConverter,
                context.IsInternal);
            return new CatalogResult(table.FilePath, model, context.Diagnostics.ToEquatableArray());
        }

        private static PlaceholderStyle ReadPlaceholderStyle(string? value, CatalogContext context)
        {
            if (PlaceholderStyles.TryParse(value, out PlaceholderStyle style))
            {
                return style;
            }

            context.Report(DiagnosticDescriptors.InvalidPlaceholderStyle, context.FileStart, CsvTableReader.Shorten(value ?? string.Empty));
            return PlaceholderStyle.DotNet;
        }

        /// <summary>
        /// A two-valued item metadata (<c>ErrorCodesExceptions</c>, <c>ErrorCodesJsonConverter</c>,
        /// <c>ErrorCodesAccessibility</c>): whether it names <paramref name="other"/> (trimmed, any case). Absent,
        /// <paramref name="usual"/> or a value that is neither (with the warning <paramref name="invalid"/>) is the usual
        /// value, so a typo never takes away or hides types, or a contract, that code may already use.
        /// </summary>
        private static bool NamesOther(string? value, string usual, string other, DiagnosticDescriptor invalid, CatalogContext context)
        {
            string trimmed = value?.Trim() ?? string.Empty;
            if (string.Equals(trimmed, other, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (trimmed.Length != 0 && !string.Equals(trimmed, usual, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(invalid, context.FileStart, Path.GetFileName(context.Table.FilePath), CsvTableReader.Shorten(value!));
            }

            return false;
        }
    }
}
