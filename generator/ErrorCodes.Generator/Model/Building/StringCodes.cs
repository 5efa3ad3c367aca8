using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>
    /// Step 2b, for a string-coded catalog only: checks every row's code cell and numbers the valid codes
    /// (<see cref="StringCodeValues"/>) before any other row check, so that fixing another cell of a row, or a row
    /// with a bad name, never renumbers the codes after it. A code is the cell exactly as written: it is compared
    /// ordinally, and it must be usable as one line of <c>ErrorCodeDomainAttribute.Codes</c>, so an empty code, a
    /// control character (a line break above all) and surrounding white space are reported, never trimmed.
    /// </summary>
    internal static class StringCodes
    {
        /// <summary>The code type the metadata names; null, with a diagnostic on the file, when it names none.</summary>
        public static CodeType? ResolveCodeType(CatalogContext context)
        {
            string? written = context.Settings.CodeType;
            string value = written?.Trim() ?? string.Empty;
            if (value.Length == 0 || string.Equals(value, "int", StringComparison.OrdinalIgnoreCase))
            {
                return CodeType.Int;
            }

            if (string.Equals(value, "string", StringComparison.OrdinalIgnoreCase))
            {
                return CodeType.String;
            }

            context.Report(DiagnosticDescriptors.InvalidCodeType, context.FileStart, CsvTableReader.Shorten(written!));
            return null;
        }

        /// <summary>
        /// Numbers the valid codes of the rows that have the header's field count (the others are reported by
        /// <see cref="RowReader"/>) and keeps each row's value and code by its line for <see cref="RowReader"/>.
        /// </summary>
        public static void Assign(CatalogContext context)
        {
            int headerCount = context.Table.Header!.Cells.Count;
            var lines = new List<int>();
            var codes = new List<string>();
            foreach (CsvRecord record in context.Table.Records)
            {
                if (record.Cells.Count == headerCount && IsValid(record.Cells[context.Columns.Code], context))
                {
                    lines.Add(record.LineNumber);
                    codes.Add(record.Cells[context.Columns.Code].Value);
                }
            }

            StringCodeValues values = StringCodeValues.Assign(codes);
            var byLine = new Dictionary<int, int>(lines.Count);
            for (int i = 0; i < lines.Count; i++)
            {
                byLine[lines[i]] = values.RowValues[i];
            }

            context.StringCodes = values;
            context.StringValuesByLine = byLine;
        }

        /// <summary>
        /// The codes the generated code defines, in value order (<c>[v - 1]</c> is the code of value <c>v</c>): those of
        /// the rows that became members. A code whose rows were all dropped for an error is a gap, an empty string
        /// (no code is empty, EC1051): it is then as unknown to the lookups and the analyzer as a dropped row's code
        /// in a numeric catalog, and the codes after it keep their values.
        /// </summary>
        public static EquatableArray<string> Defined(StringCodeValues values, EquatableArray<ErrorMember> members)
        {
            var codes = new string[values.Codes.Count];
            for (int i = 0; i < codes.Length; i++)
            {
                codes[i] = string.Empty;
            }

            foreach (ErrorMember member in members)
            {
                codes[member.Code - 1] = member.StringCode!;
            }

            return new EquatableArray<string>(codes);
        }

        private static bool IsValid(CsvCell cell, CatalogContext context)
        {
            string code = cell.Value;
            if (code.Length == 0)
            {
                context.Report(DiagnosticDescriptors.EmptyStringCode, cell.Span);
                return false;
            }

            foreach (char c in code)
            {
                if (char.IsControl(c))
                {
                    context.Report(DiagnosticDescriptors.StringCodeWithControlCharacter, cell.Span, Shown(code), "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    return false;
                }
            }

            if (char.IsWhiteSpace(code[0]) || char.IsWhiteSpace(code[code.Length - 1]))
            {
                context.Report(DiagnosticDescriptors.StringCodeWithSpaces, cell.Span, Shown(code), Shown(code.Trim()));
                return false;
            }

            return true;
        }

        /// <summary>The code on one line of a message: control characters as <c>\uXXXX</c>, long codes shortened.</summary>
        private static string Shown(string code)
        {
            var shown = new StringBuilder(code.Length);
            foreach (char c in code)
            {
                if (char.IsControl(c))
                {
                    shown.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    shown.Append(c);
                }
            }

            return shown.Length <= 40 ? shown.ToString() : shown.ToString(0, 40) + "...";
        }
    }
}
