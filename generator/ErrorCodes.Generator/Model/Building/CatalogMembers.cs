using System;
using System.Collections.Generic;
using System.Globalization;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>
    /// Steps 5 to 7: the members read so far, and what a new row must be checked against. A code already defined
    /// makes the row an alias (step 5), a name already taken is renamed (step 6), a helper whose name is taken is
    /// reported (step 7), and a primary row's category gets its exception type (when the domain has exception types).
    /// </summary>
    internal sealed class CatalogMembers
    {
        private readonly CatalogContext _context;
        private readonly List<ErrorMember> _members;
        private readonly Dictionary<int, ErrorMember> _rowsByCode;
        private readonly Dictionary<int, SourceSpan> _codeCellsByCode;
        private readonly Dictionary<string, ErrorMember> _membersByIdentifier;
        private readonly CategoryTypes _categoryTypes;

        public CatalogMembers(CatalogContext context, string domain, string ns)
        {
            // Sized for the catalog: grown step by step, the tables of a large one are copied a dozen times, the last
            // copies on the large object heap.
            int rows = context.Table.Records.Count;
            _context = context;
            _members = new List<ErrorMember>(rows);
            _rowsByCode = new Dictionary<int, ErrorMember>(rows);
            _codeCellsByCode = new Dictionary<int, SourceSpan>(rows);
            _membersByIdentifier = new Dictionary<string, ErrorMember>(rows, StringComparer.Ordinal);
            _categoryTypes = new CategoryTypes(domain, ns);
        }

        public EquatableArray<ErrorMember> Members => _members.ToEquatableArray();

        public EquatableArray<CategoryType> CategoryTypes => _categoryTypes.ToEquatableArray();

        public void Add(ErrorMember member, CsvRecord record, string domain)
        {
            CatalogColumns columns = _context.Columns;
            member = ResolveDuplicateCode(member, record);
            if (member.IsAlias && _rowsByCode[member.Code].Identifier == member.Identifier)
            {
                // The vendor lists the same code under the same name again (in another section): one member.
                return;
            }

            member = ResolveCollision(member, record);
            _membersByIdentifier[member.Identifier] = member;
            ReportLostHelpers(domain, member, record);
            if (!member.IsAlias)
            {
                _rowsByCode[member.Code] = member;
                // Without exception types a category is only the text GetCategory returns: it names no type, so
                // nothing about type names (EC1045, EC1046, EC1030) can be wrong with it.
                if (columns.Category >= 0 && _context.GeneratesExceptions)
                {
                    _categoryTypes.Add(record.Cells[columns.Category], record.LineNumber, _context.Diagnostics);
                }

                _codeCellsByCode[member.Code] = record.Cells[columns.Code].Span;
            }

            _members.Add(member);
        }

        /// <summary>Step 5: a code defined before makes the row an alias; unless the row is marked <c>duplicate</c>, that is reported.</summary>
        private ErrorMember ResolveDuplicateCode(ErrorMember member, CsvRecord record)
        {
            CatalogColumns columns = _context.Columns;
            bool markedDuplicate = false;
            if (columns.Duplicate >= 0)
            {
                CsvCell marker = record.Cells[columns.Duplicate];
                string value = marker.Value.Trim();
                markedDuplicate = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                bool valid = value.Length == 0 || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)
                             || (markedDuplicate && _rowsByCode.ContainsKey(member.Code));
                if (!valid)
                {
                    _context.Report(DiagnosticDescriptors.InvalidDuplicateMarker, marker.Span, marker.Value);
                }
            }

            if (!_rowsByCode.TryGetValue(member.Code, out ErrorMember? first))
            {
                return member;
            }

            if (!markedDuplicate)
            {
                DiagnosticInfo duplicate = DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateCode,
                    record.Cells[columns.Code].Span,
                    CodeText(member),
                    record.LineNumber.ToString(CultureInfo.InvariantCulture),
                    first.LineNumber.ToString(CultureInfo.InvariantCulture));
                _context.Report(duplicate with { RelatedSpans = new EquatableArray<SourceSpan>(new[] { _codeCellsByCode[member.Code] }) });
            }

            return member with { IsAlias = true };
        }

        /// <summary>Step 6: a member name taken by an earlier row gets the code appended (and a counter, if that is taken too).</summary>
        private ErrorMember ResolveCollision(ErrorMember member, CsvRecord record)
        {
            if (!_membersByIdentifier.TryGetValue(member.Identifier, out ErrorMember? owner))
            {
                return member;
            }

            string suffix = member.StringCode is not null ? IdentifierSuffix(member.StringCode)
                : member.Code < 0 ? "Minus" + ((long)member.Code * -1).ToString(CultureInfo.InvariantCulture)
                : member.Code.ToString(CultureInfo.InvariantCulture);
            string renamed = member.Identifier + "_" + suffix;
            for (int attempt = 2; _membersByIdentifier.ContainsKey(renamed); attempt++)
            {
                renamed = member.Identifier + "_" + suffix + "_" + attempt.ToString(CultureInfo.InvariantCulture);
            }

            CsvCell at = MemberIdentifiers.Cell(record, _context.Columns);
            _context.Report(
                DiagnosticDescriptors.MemberNameCollision,
                at.Span,
                at.Value,
                member.Identifier,
                CodeText(owner),
                owner.LineNumber.ToString(CultureInfo.InvariantCulture),
                renamed);
            return member with { Identifier = renamed };
        }

        /// <summary>The code as the vendor writes it: the string of a string-coded catalog, else the number.</summary>
        private static string CodeText(ErrorMember member) => member.StringCode ?? member.Code.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// A string code as the end of a member name: ASCII letters and digits kept, every other character an
        /// underscore (<c>card-declined</c> gives <c>card_declined</c>), so that any code makes a valid identifier.
        /// </summary>
        private static string IdentifierSuffix(string code)
        {
            var suffix = new System.Text.StringBuilder(code.Length);
            foreach (char c in code)
            {
                suffix.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
            }

            return suffix.ToString();
        }

        /// <summary>
        /// Step 7: a row whose format helper would take the name of the type declaring it keeps its enum member and
        /// its lookups and loses only that method (<see cref="DomainSpecBuilder"/> applies the
        /// same rule, <see cref="GeneratedNames.Lost"/>, when it decides the row's helpers).
        /// </summary>
        private void ReportLostHelpers(string domain, ErrorMember member, CsvRecord record)
        {
            LostHelpers lost = GeneratedNames.Lost(domain, member.Identifier);
            if (lost == LostHelpers.None || !Placeholders.PlaceholderTemplates.HasHelper(_context.PlaceholderStyle, member.NeutralMessage))
            {
                return;
            }

            CsvCell at = MemberIdentifiers.Cell(record, _context.Columns);
            _context.Report(
                DiagnosticDescriptors.HelperNameTaken,
                at.Span,
                member.Identifier,
                GeneratedNames.FormatHelper(member.Identifier),
                "format helper");
        }
    }
}
