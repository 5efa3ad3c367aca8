using System.Globalization;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>Step 3, a row's C# member name: the member column when set, else the vendor's name in PascalCase.</summary>
    internal static class MemberIdentifiers
    {
        public static string? Resolve(CsvRecord record, string codeText, CsvCell nameCell, CatalogContext context)
        {
            CatalogColumns columns = context.Columns;
            string member = columns.Member >= 0 ? record.Cells[columns.Member].Value.Trim() : string.Empty;
            if (member.Length != 0)
            {
                // The compiler ignores formatting characters (a soft hyphen or zero-width space pasted from a web
                // page) in identifiers, so "A\u00ADB" declares AB; the member is named as the compiler names it, so
                // that a collision with another AB is found here and not by the compiler.
                string identifier = NameConverter.WithoutFormattingCharacters(member);

                // value__ is the field that holds an enum's value; C# reserves it (CS0076).
                if (!NameConverter.IsValidIdentifier(identifier) || identifier == "value__")
                {
                    context.Report(DiagnosticDescriptors.InvalidMemberOverride, record.Cells[columns.Member].Span, member);
                    return null;
                }

                return Fits(identifier, record.Cells[columns.Member], context) ? identifier : null;
            }

            if (nameCell.Value.Trim().Length == 0)
            {
                context.Report(DiagnosticDescriptors.EmptyName, nameCell.Span, codeText);
                return null;
            }

            string derived = NameConverter.ToPascalCase(nameCell.Value);
            if (derived.Length != 0 && char.IsDigit(derived[0]))
            {
                string prefixed = "_" + derived;
                context.Report(DiagnosticDescriptors.NameStartsWithDigit, nameCell.Span, nameCell.Value, prefixed);
                derived = prefixed;
            }

            if (!NameConverter.IsValidIdentifier(derived))
            {
                context.Report(DiagnosticDescriptors.NameNotIdentifier, nameCell.Span, nameCell.Value);
                return null;
            }

            return Fits(derived, nameCell, context) ? derived : null;
        }

        /// <summary>The cell a member's name comes from: the member column when it is set, else the name column.</summary>
        public static CsvCell Cell(CsvRecord record, CatalogColumns columns)
            => columns.Member >= 0 && record.Cells[columns.Member].Value.Trim().Length != 0
                ? record.Cells[columns.Member]
                : record.Cells[columns.Name];

        /// <summary>
        /// Whether the member, and the format helper and exception factory named after it, fit in a metadata name; the
        /// compiler accepts a longer name but cannot write it into the assembly (CS7013).
        /// </summary>
        private static bool Fits(string identifier, CsvCell at, CatalogContext context)
        {
            if (GeneratedNames.FitsMetadata(GeneratedNames.FormatHelper(identifier)))
            {
                return true;
            }

            context.Report(
                DiagnosticDescriptors.MemberNameTooLong,
                at.Span,
                CsvTableReader.Shorten(identifier),
                GeneratedNames.Utf8Length(identifier).ToString(CultureInfo.InvariantCulture));
            return false;
        }
    }
}
