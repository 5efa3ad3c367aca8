using System.Globalization;
using System.Linq;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>
    /// Step 3: one record becomes one member, or null with a diagnostic when its field count, code or name cannot
    /// be used. A new column's cell is read here into <see cref="ErrorMember"/>.
    /// </summary>
    internal static class RowReader
    {
        public static ErrorMember? Read(CsvRecord record, CatalogContext context)
        {
            CatalogColumns columns = context.Columns;
            int headerCount = context.Table.Header!.Cells.Count;
            if (record.Cells.Count != headerCount)
            {
                context.Report(
                    DiagnosticDescriptors.WrongFieldCount,
                    record.Span,
                    CsvTableReader.Shorten(string.Join(",", record.Cells.Select(cell => cell.Value))),
                    record.Cells.Count.ToString(CultureInfo.InvariantCulture),
                    headerCount.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            CsvCell codeCell = record.Cells[columns.Code];
            int code;
            string? stringCode = null;
            if (context.CodeType == CodeType.String)
            {
                // The code cell was checked and numbered before the rows (StringCodes); a bad one is reported there.
                if (!context.StringValuesByLine.TryGetValue(record.LineNumber, out code))
                {
                    return null;
                }

                stringCode = codeCell.Value;
            }
            else if (!int.TryParse(codeCell.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out code))
            {
                context.Report(DiagnosticDescriptors.InvalidCode, codeCell.Span, codeCell.Value);
                return null;
            }

            string codeText = stringCode ?? code.ToString(CultureInfo.InvariantCulture);
            CsvCell nameCell = record.Cells[columns.Name];
            string name = nameCell.Value;
            string? identifier = MemberIdentifiers.Resolve(record, codeText, nameCell, context);
            if (identifier is null)
            {
                return null;
            }

            PlaceholderChecks.Check(record, context);
            var diagnostics = context.Diagnostics;
            return new ErrorMember(
                code,
                name,
                identifier,
                Cell(record, columns.Message),
                Cell(record, columns.Description),
                Cells(record, columns.MessageColumns),
                Cells(record, columns.DescriptionColumns),
                Cell(record, columns.Category),
                IsAlias: false,
                record.LineNumber,
                RowMetadata.HttpStatus(OptionalCell(record, columns.HttpStatus), diagnostics),
                RowMetadata.Retryable(OptionalCell(record, columns.Retryable), diagnostics),
                RowMetadata.Severity(OptionalCell(record, columns.Severity), diagnostics),
                RowMetadata.HelpUrl(OptionalCell(record, columns.HelpUrl), columns.HelpUrlTemplate, codeText, name, diagnostics),
                RowMetadata.Deprecation(OptionalCell(record, columns.Deprecated)),
                stringCode);
        }

        /// <summary>The texts of the given columns; most catalogs have no localized column, and then no array is made.</summary>
        private static EquatableArray<string> Cells(CsvRecord record, System.Collections.Generic.List<int> columns)
        {
            if (columns.Count == 0)
            {
                return EquatableArray<string>.Empty;
            }

            var texts = new string[columns.Count];
            for (int i = 0; i < texts.Length; i++)
            {
                texts[i] = Cell(record, columns[i]);
            }

            return new EquatableArray<string>(texts);
        }

        private static string Cell(CsvRecord record, int column) => column >= 0 ? record.Cells[column].Value : string.Empty;

        /// <summary>The cell of an optional column, or the default cell (no text) when the catalog has no such column.</summary>
        private static CsvCell OptionalCell(CsvRecord record, int column) => column >= 0 ? record.Cells[column] : default;
    }
}
