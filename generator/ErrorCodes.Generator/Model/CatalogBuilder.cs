using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// Turns the records of one catalog file into a domain model. Every problem becomes a diagnostic on its cell and
    /// costs only its own row, so the rest of the catalog still generates.
    /// </summary>
    internal static class CatalogBuilder
    {
        private static readonly string[] KnownColumns =
        {
            "code", "name", "member", "message", "description", "category", "duplicate",
            "http_status", "retryable", "severity", "help_url", "deprecated",
            "message.<culture>", "description.<culture>",
        };

        private static readonly Regex CultureName = new Regex(
            "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
            RegexOptions.CultureInvariant);

        public static CatalogResult Build(CsvTable table, CatalogSettings settings)
        {
            var diagnostics = new List<DiagnosticInfo>(table.Diagnostics);
            SourceSpan fileStart = SourceSpan.FileStart(table.FilePath);

            string? domain = ResolveDomain(table.FilePath, settings, fileStart, diagnostics);
            string? ns = ResolveNamespace(settings, fileStart, diagnostics);

            if (table.Header is null)
            {
                // The reader has said why when it can (binary, unterminated quote, empty); what is left is a file of
                // separators and blanks, which is as empty as a file of nothing.
                if (table.Diagnostics.Count == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, fileStart, Path.GetFileName(table.FilePath)));
                }

                return new CatalogResult(table.FilePath, null, diagnostics.ToEquatableArray());
            }

            Columns columns = ReadHeader(table.Header, diagnostics);
            columns.HelpUrlTemplate = RowMetadata.ValidTemplate(settings.HelpUrlTemplate, fileStart, diagnostics);
            if (domain is not null && ns is not null && (!DomainFits(domain, ns, fileStart, diagnostics) || CollidesWithLibrary(domain, ns, fileStart, diagnostics)))
            {
                domain = null;
            }

            if (columns.Code < 0 || columns.Name < 0 || domain is null || ns is null)
            {
                return new CatalogResult(table.FilePath, null, diagnostics.ToEquatableArray());
            }

            if (table.Records.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyCatalog, table.Header.Span, Path.GetFileName(table.FilePath)));
                return new CatalogResult(table.FilePath, null, diagnostics.ToEquatableArray());
            }

            // Sized for the catalog: grown step by step, the tables of a large one are copied a dozen times, the last
            // copies on the large object heap.
            int rows = table.Records.Count;
            var members = new List<ErrorMember>(rows);
            var rowsByCode = new Dictionary<int, ErrorMember>(rows);
            var codeCellsByCode = new Dictionary<int, SourceSpan>(rows);
            var membersByIdentifier = new Dictionary<string, ErrorMember>(rows, StringComparer.Ordinal);
            var categoryTypes = new CategoryTypes(domain, ns);
            foreach (CsvRecord record in table.Records)
            {
                ErrorMember? member = ReadRow(record, table.Header.Cells.Count, columns, diagnostics);
                if (member is null)
                {
                    continue;
                }

                member = ResolveDuplicateCode(member, record, columns, rowsByCode, codeCellsByCode, diagnostics);
                if (member.IsAlias && rowsByCode[member.Code].Identifier == member.Identifier)
                {
                    // The vendor lists the same code under the same name again (in another section): one member.
                    continue;
                }

                member = ResolveCollision(member, record, columns, membersByIdentifier, diagnostics);
                membersByIdentifier[member.Identifier] = member;
                ReportLostHelpers(domain, member, record, columns, diagnostics);
                if (!member.IsAlias)
                {
                    rowsByCode[member.Code] = member;
                    if (columns.Category >= 0)
                    {
                        categoryTypes.Add(record.Cells[columns.Category], record.LineNumber, diagnostics);
                    }

                    codeCellsByCode[member.Code] = record.Cells[columns.Code].Span;
                }

                members.Add(member);
            }

            var model = new DomainModel(
                table.FilePath,
                domain,
                ns,
                columns.MessageCultures.ToEquatableArray(),
                columns.DescriptionCultures.ToEquatableArray(),
                members.ToEquatableArray(),
                categoryTypes.ToEquatableArray());
            return new CatalogResult(table.FilePath, model, diagnostics.ToEquatableArray());
        }

        private static string? ResolveDomain(string filePath, CatalogSettings settings, SourceSpan at, List<DiagnosticInfo> diagnostics)
        {
            string domain = string.IsNullOrWhiteSpace(settings.DomainOverride)
                ? NameConverter.ToPascalCase(Path.GetFileNameWithoutExtension(filePath))
                : NameConverter.WithoutFormattingCharacters(settings.DomainOverride!.Trim());
            if (NameConverter.IsValidIdentifier(domain))
            {
                return domain;
            }

            string shown = string.IsNullOrWhiteSpace(settings.DomainOverride) ? Path.GetFileNameWithoutExtension(filePath) : domain;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDomainName, at, shown));
            return null;
        }

        /// <summary>
        /// The public types of the ErrorCodes library. A domain whose generated type would take one of these names
        /// (domain <c>ErrorCode</c> in namespace <c>ErrorCodes</c> makes <c>ErrorCodes.ErrorCodeException</c>)
        /// would derive from itself.
        /// </summary>
        public static readonly string[] LibraryTypes = { "ErrorCodes.ErrorCodeException", "ErrorCodes.ErrorMessageFormatter" };

        private static bool CollidesWithLibrary(string domain, string ns, SourceSpan at, List<DiagnosticInfo> diagnostics)
        {
            foreach (string suffix in DomainModel.TypeSuffixes)
            {
                string typeName = (ns.Length == 0 ? string.Empty : ns + ".") + domain + suffix;
                if (Array.IndexOf(LibraryTypes, typeName) >= 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeCollidesWithLibrary, at, domain, typeName));
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether every type the domain generates fits in a metadata name with its namespace; the compiler accepts a
        /// longer name but cannot write it into the assembly (CS7013), which would fail the build without a word on
        /// the catalog.
        /// </summary>
        private static bool DomainFits(string domain, string ns, SourceSpan at, List<DiagnosticInfo> diagnostics)
        {
            if (GeneratedNames.FitsMetadata(GeneratedNames.Qualified(ns, domain + GeneratedNames.LongestTypeSuffix)))
            {
                return true;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDomainName, at, CsvTableReader.Shorten(domain)));
            return false;
        }

        /// <summary>
        /// A row whose format helper or exception factory would take the name of the type declaring it keeps its
        /// enum member and its lookups and loses only that method (the emitter leaves it out by the same rule).
        /// </summary>
        private static void ReportLostHelpers(string domain, ErrorMember member, CsvRecord record, Columns columns, List<DiagnosticInfo> diagnostics)
        {
            LostHelpers lost = GeneratedNames.Lost(domain, member.Identifier);
            if (lost == LostHelpers.None || MessageTemplate.HelperArgumentCount(member.NeutralMessage) == 0)
            {
                return;
            }

            CsvCell at = IdentifierCell(record, columns);
            bool helper = lost == LostHelpers.FormatHelperAndFactory;
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.HelperNameTaken,
                at.Span,
                member.Identifier,
                helper ? GeneratedNames.FormatHelper(member.Identifier) : GeneratedNames.Factory(member.Identifier),
                helper ? "format helper and no exception factory" : "exception factory"));
        }

        /// <summary>The cell a member's name comes from: the member column when it is set, else the name column.</summary>
        private static CsvCell IdentifierCell(CsvRecord record, Columns columns)
            => columns.Member >= 0 && record.Cells[columns.Member].Value.Trim().Length != 0
                ? record.Cells[columns.Member]
                : record.Cells[columns.Name];

        private static string? ResolveNamespace(CatalogSettings settings, SourceSpan at, List<DiagnosticInfo> diagnostics)
        {
            string ns = (string.IsNullOrWhiteSpace(settings.NamespaceOverride) ? settings.RootNamespace : settings.NamespaceOverride)?.Trim() ?? string.Empty;
            if (ns.Length == 0 || NameConverter.IsValidNamespace(ns))
            {
                return ns;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, at, ns));
            return null;
        }

        private static Columns ReadHeader(CsvRecord header, List<DiagnosticInfo> diagnostics)
        {
            var columns = new Columns();
            for (int i = 0; i < header.Cells.Count; i++)
            {
                CsvCell cell = header.Cells[i];
                string name = cell.Value.Trim().ToLowerInvariant();
                switch (name)
                {
                    case "code": columns.Code = First(columns.Code, i, header, diagnostics); break;
                    case "name": columns.Name = First(columns.Name, i, header, diagnostics); break;
                    case "member": columns.Member = First(columns.Member, i, header, diagnostics); break;
                    case "message": columns.Message = First(columns.Message, i, header, diagnostics); break;
                    case "description": columns.Description = First(columns.Description, i, header, diagnostics); break;
                    case "category": columns.Category = First(columns.Category, i, header, diagnostics); break;
                    case "duplicate": columns.Duplicate = First(columns.Duplicate, i, header, diagnostics); break;
                    case "http_status": columns.HttpStatus = First(columns.HttpStatus, i, header, diagnostics); break;
                    case "retryable": columns.Retryable = First(columns.Retryable, i, header, diagnostics); break;
                    case "severity": columns.Severity = First(columns.Severity, i, header, diagnostics); break;
                    case "help_url": columns.HelpUrl = First(columns.HelpUrl, i, header, diagnostics); break;
                    case "deprecated": columns.Deprecated = First(columns.Deprecated, i, header, diagnostics); break;
                    default:
                        if (!TryAddLocalized(columns, name, header, i, diagnostics))
                        {
                            string nearest = Nearest(name);
                            string hint = nearest.Length == 0
                                ? "rename it to one of " + string.Join(", ", KnownColumns) + ", or remove it"
                                : "did you mean '" + nearest + "'?";
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownColumn, cell.Span, cell.Value, hint));
                        }

                        break;
                }
            }

            if (columns.Code < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingRequiredColumn, header.Span, "code"));
            }

            if (columns.Name < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingRequiredColumn, header.Span, "name"));
            }

            return columns;
        }

        /// <summary>The first column of a name wins; a repeated one would otherwise be dropped without a word.</summary>
        private static int First(int existing, int index, CsvRecord header, List<DiagnosticInfo> diagnostics)
        {
            if (existing < 0)
            {
                return index;
            }

            ReportRepeatedColumn(header, existing, index, diagnostics);
            return existing;
        }

        private static void ReportRepeatedColumn(CsvRecord header, int first, int repeated, List<DiagnosticInfo> diagnostics)
        {
            CsvCell cell = header.Cells[repeated];
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.RepeatedColumn,
                cell.Span,
                cell.Value,
                header.Cells[first].Value,
                (first + 1).ToString(CultureInfo.InvariantCulture)));
        }

        private static bool TryAddLocalized(Columns columns, string name, CsvRecord header, int index, List<DiagnosticInfo> diagnostics)
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
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCultureColumn, cell.Span, cell.Value));
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
                ReportRepeatedColumn(header, indexes[existing], index, diagnostics);
            }

            return true;
        }

        private static ErrorMember? ReadRow(CsvRecord record, int headerCount, Columns columns, List<DiagnosticInfo> diagnostics)
        {
            if (record.Cells.Count != headerCount)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.WrongFieldCount,
                    record.Span,
                    CsvTableReader.Shorten(string.Join(",", record.Cells.Select(cell => cell.Value))),
                    record.Cells.Count.ToString(CultureInfo.InvariantCulture),
                    headerCount.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            CsvCell codeCell = record.Cells[columns.Code];
            if (!int.TryParse(codeCell.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int code))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCode, codeCell.Span, codeCell.Value));
                return null;
            }

            CsvCell nameCell = record.Cells[columns.Name];
            string name = nameCell.Value;
            string? identifier = ResolveIdentifier(record, columns, code, nameCell, diagnostics);
            if (identifier is null)
            {
                return null;
            }

            CheckPlaceholders(record, columns, diagnostics);
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
                RowMetadata.HelpUrl(OptionalCell(record, columns.HelpUrl), columns.HelpUrlTemplate, code, name, diagnostics),
                RowMetadata.Deprecation(OptionalCell(record, columns.Deprecated)));
        }

        /// <summary>The texts of the given columns; most catalogs have no localized column, and then no array is made.</summary>
        private static EquatableArray<string> Cells(CsvRecord record, List<int> columns)
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

        /// <summary>
        /// The neutral message (or, without one, the first localized message) decides a row's format helper; a gap in
        /// its placeholders, or another language with other placeholders, would leave text nobody can fill.
        /// </summary>
        private static void CheckPlaceholders(CsvRecord record, Columns columns, List<DiagnosticInfo> diagnostics)
        {
            // Placeholders, gaps and malformed placeholders all start with a brace; most rows have none, and a large
            // catalog should not pay for the checks below on each of them.
            bool hasBrace = columns.Message >= 0 && record.Cells[columns.Message].Value.IndexOf('{') >= 0;
            foreach (int column in columns.MessageColumns)
            {
                hasBrace |= record.Cells[column].Value.IndexOf('{') >= 0;
            }

            if (!hasBrace)
            {
                return;
            }

            // The same choice as ErrorMember.NeutralMessage, made on cells so the diagnostics can point at one.
            var messageColumns = new List<int>();
            if (columns.Message >= 0)
            {
                messageColumns.Add(columns.Message);
            }

            messageColumns.AddRange(columns.MessageColumns);
            int neutralColumn = -1;
            foreach (int column in messageColumns)
            {
                if (record.Cells[column].Value.Length != 0)
                {
                    neutralColumn = column;
                    break;
                }
            }

            foreach (int column in messageColumns)
            {
                CsvCell cell = record.Cells[column];
                foreach (MalformedPlaceholder malformed in MessageTemplate.FindMalformed(cell.Value))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.MalformedPlaceholder,
                        cell.Span,
                        column == columns.Message ? "message" : "message." + columns.MessageCultures[columns.MessageColumns.IndexOf(column)],
                        CsvTableReader.Shorten(malformed.Text),
                        malformed.Reason));
                }
            }

            if (neutralColumn < 0)
            {
                return;
            }

            CsvCell neutral = record.Cells[neutralColumn];
            SortedSet<int> neutralIndexes = MessageTemplate.PlaceholderIndexes(neutral.Value);
            int gap = MessageTemplate.FirstGap(neutralIndexes);
            if (gap >= 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.PlaceholderGap,
                    neutral.Span,
                    MessageTemplate.Describe(neutralIndexes),
                    "{" + gap.ToString(CultureInfo.InvariantCulture) + "}"));
            }

            for (int i = 0; i < columns.MessageColumns.Count; i++)
            {
                CsvCell localized = record.Cells[columns.MessageColumns[i]];
                if (columns.MessageColumns[i] == neutralColumn || localized.Value.Length == 0)
                {
                    continue;
                }

                SortedSet<int> indexes = MessageTemplate.PlaceholderIndexes(localized.Value);
                if (!indexes.SetEquals(neutralIndexes))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.LocalizedPlaceholdersDiffer,
                        localized.Span,
                        "message." + columns.MessageCultures[i],
                        MessageTemplate.Describe(indexes),
                        MessageTemplate.Describe(neutralIndexes)));
                }
            }
        }

        private static string Cell(CsvRecord record, int column) => column >= 0 ? record.Cells[column].Value : string.Empty;

        /// <summary>The cell of an optional column, or the default cell (no text) when the catalog has no such column.</summary>
        private static CsvCell OptionalCell(CsvRecord record, int column) => column >= 0 ? record.Cells[column] : default;

        private static string? ResolveIdentifier(CsvRecord record, Columns columns, int code, CsvCell nameCell, List<DiagnosticInfo> diagnostics)
        {
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
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMemberOverride, record.Cells[columns.Member].Span, member));
                    return null;
                }

                return Fits(identifier, record.Cells[columns.Member], diagnostics) ? identifier : null;
            }

            if (nameCell.Value.Trim().Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyName, nameCell.Span, code.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            string derived = NameConverter.ToPascalCase(nameCell.Value);
            if (derived.Length != 0 && char.IsDigit(derived[0]))
            {
                string prefixed = "_" + derived;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameStartsWithDigit, nameCell.Span, nameCell.Value, prefixed));
                derived = prefixed;
            }

            if (!NameConverter.IsValidIdentifier(derived))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameNotIdentifier, nameCell.Span, nameCell.Value));
                return null;
            }

            return Fits(derived, nameCell, diagnostics) ? derived : null;
        }

        /// <summary>
        /// Whether the member, and the format helper and exception factory named after it, fit in a metadata name; the
        /// compiler accepts a longer name but cannot write it into the assembly (CS7013).
        /// </summary>
        private static bool Fits(string identifier, CsvCell at, List<DiagnosticInfo> diagnostics)
        {
            if (GeneratedNames.FitsMetadata(GeneratedNames.FormatHelper(identifier)))
            {
                return true;
            }

            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MemberNameTooLong,
                at.Span,
                CsvTableReader.Shorten(identifier),
                GeneratedNames.Utf8Length(identifier).ToString(CultureInfo.InvariantCulture)));
            return false;
        }

        private static ErrorMember ResolveDuplicateCode(
            ErrorMember member,
            CsvRecord record,
            Columns columns,
            Dictionary<int, ErrorMember> rowsByCode,
            Dictionary<int, SourceSpan> codeCellsByCode,
            List<DiagnosticInfo> diagnostics)
        {
            bool markedDuplicate = false;
            if (columns.Duplicate >= 0)
            {
                CsvCell marker = record.Cells[columns.Duplicate];
                string value = marker.Value.Trim();
                markedDuplicate = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                bool valid = value.Length == 0 || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)
                             || (markedDuplicate && rowsByCode.ContainsKey(member.Code));
                if (!valid)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDuplicateMarker, marker.Span, marker.Value));
                }
            }

            if (!rowsByCode.TryGetValue(member.Code, out ErrorMember? first))
            {
                return member;
            }

            if (!markedDuplicate)
            {
                DiagnosticInfo duplicate = DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateCode,
                    record.Cells[columns.Code].Span,
                    member.Code.ToString(CultureInfo.InvariantCulture),
                    record.LineNumber.ToString(CultureInfo.InvariantCulture),
                    first.LineNumber.ToString(CultureInfo.InvariantCulture));
                diagnostics.Add(duplicate with { RelatedSpans = new EquatableArray<SourceSpan>(new[] { codeCellsByCode[member.Code] }) });
            }

            return member with { IsAlias = true };
        }

        private static ErrorMember ResolveCollision(
            ErrorMember member,
            CsvRecord record,
            Columns columns,
            Dictionary<string, ErrorMember> membersByIdentifier,
            List<DiagnosticInfo> diagnostics)
        {
            if (!membersByIdentifier.TryGetValue(member.Identifier, out ErrorMember? owner))
            {
                return member;
            }

            string suffix = member.Code < 0
                ? "Minus" + ((long)member.Code * -1).ToString(CultureInfo.InvariantCulture)
                : member.Code.ToString(CultureInfo.InvariantCulture);
            string renamed = member.Identifier + "_" + suffix;
            for (int attempt = 2; membersByIdentifier.ContainsKey(renamed); attempt++)
            {
                renamed = member.Identifier + "_" + suffix + "_" + attempt.ToString(CultureInfo.InvariantCulture);
            }

            CsvCell at = IdentifierCell(record, columns);
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MemberNameCollision,
                at.Span,
                at.Value,
                member.Identifier,
                owner.Code.ToString(CultureInfo.InvariantCulture),
                owner.LineNumber.ToString(CultureInfo.InvariantCulture),
                renamed));
            return member with { Identifier = renamed };
        }

        private static string Nearest(string column)
        {
            string best = string.Empty;
            int bestDistance = int.MaxValue;
            foreach (string known in KnownColumns)
            {
                string candidate = known.Replace(".<culture>", string.Empty);
                int distance = Distance(column, candidate);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = known;
                }
            }

            return bestDistance <= Math.Max(2, column.Length / 3) ? best : string.Empty;
        }

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }

        /// <summary>The position of each known column in the header, -1 when absent.</summary>
        private sealed class Columns
        {
            public int Code { get; set; } = -1;

            public int Name { get; set; } = -1;

            public int Member { get; set; } = -1;

            public int Message { get; set; } = -1;

            public int Description { get; set; } = -1;

            public int Category { get; set; } = -1;

            public int Duplicate { get; set; } = -1;

            public int HttpStatus { get; set; } = -1;

            public int Retryable { get; set; } = -1;

            public int Severity { get; set; } = -1;

            public int HelpUrl { get; set; } = -1;

            public int Deprecated { get; set; } = -1;

            /// <summary>The file's help URL template from item metadata, when it is usable.</summary>
            public string? HelpUrlTemplate { get; set; }

            public List<string> MessageCultures { get; } = new List<string>();

            public List<int> MessageColumns { get; } = new List<int>();

            public List<string> DescriptionCultures { get; } = new List<string>();

            public List<int> DescriptionColumns { get; } = new List<int>();
        }
    }
}
