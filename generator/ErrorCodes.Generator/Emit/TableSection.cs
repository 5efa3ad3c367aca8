using System;
using System.Collections.Generic;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// The tables every lookup reads, sorted by code and sharing one index, and the writers of a table that the
    /// other sections use for theirs.
    /// </summary>
    internal static class TableSection
    {
        /// <summary>Characters that separate the entries of a text table; the first that no entry contains is used.</summary>
        private static readonly char[] TableSeparators = { '\u001F', '\u001E', '\u001D', '\u001C', '\uFDD0' };

        public static void Write(DomainSpec spec, CodeWriter writer)
        {
            EquatableArray<ErrorMember> rows = spec.SortedPrimaries;
            WriteTableHelpers(spec, writer);
            writer.Line();
            writer.Line("// The tables below are sorted by code and share one index.");
            WriteNumberArray(writer, "int", "s_codes", Column(rows, m => m.Code));
            if (spec.Lookup.Kind != LookupKind.Offset)
            {
                // After s_codes: static fields are initialized in the order they are written.
                writer.Line("private static readonly " + spec.Lookup.SlotType + "[] s_slots = CreateSlots();");
            }

            WriteTextTable(spec, writer, "s_names", Column(rows, m => m.Name), emptyIsNull: false);
            WriteTextTable(spec, writer, "s_memberNames", Column(rows, m => m.Identifier), emptyIsNull: false);
            WriteTextTable(spec, writer, "s_messages", Column(rows, m => m.DisplayMessage), emptyIsNull: false);
            WriteTextTable(spec, writer, "s_descriptions", Column(rows, m => m.NeutralDescription), emptyIsNull: true);
            WriteTextTable(spec, writer, "s_categories", Column(rows, m => m.Category), emptyIsNull: true);
            if (spec.FormatPieces.Count != 0)
            {
                // The literal pieces of every format helper's template, in the order the helpers are written.
                WriteTextTable(spec, writer, "s_formatPieces", new List<string>(spec.FormatPieces), emptyIsNull: false);
            }

            MetadataSection.WriteTables(spec, writer);
            WriteArray(writer, "string", "s_messageCultures", StringLiterals(spec.Domain.MessageCultures));
            WriteArray(writer, "string", "s_descriptionCultures", StringLiterals(spec.Domain.DescriptionCultures));
            WriteLocalizedTables(spec, writer, "s_localizedMessages", spec.Domain.MessageCultures.Count, (m, i) => m.LocalizedMessages[i]);
            WriteLocalizedTables(spec, writer, "s_localizedDescriptions", spec.Domain.DescriptionCultures.Count, (m, i) => m.LocalizedDescriptions[i]);
            WriteAll(spec, writer);
        }

        private static void WriteTableHelpers(DomainSpec spec, CodeWriter writer)
        {
            string nullableString = Fragments.NullableString(spec);
            writer.Line("/// <summary>Splits a table written as one string literal: one token costs the compiler far less than an initializer element per row.</summary>");
            writer.Line("private static string[] SplitTable(string text, char separator) => text.Split(separator);");
            writer.Line();
            writer.Line("/// <summary>An optional table: an empty entry is a text the catalog does not have.</summary>");
            writer.Open("private static " + nullableString + "[] EmptyToNull(string[] entries)");
            writer.Line("var table = new " + nullableString + "[entries.Length];");
            writer.Open("for (int i = 0; i < entries.Length; i++)");
            writer.Line("table[i] = entries[i].Length == 0 ? null : entries[i];");
            writer.Close();
            writer.Line();
            writer.Line("return table;");
            writer.Close();
        }

        /// <summary>
        /// <c>All</c> is built from plain numbers: an int array is one blob for the compiler, while thousands of enum
        /// member references each cost it a lookup. A catalog already in code order reuses s_codes.
        /// </summary>
        private static void WriteAll(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            if (spec.CatalogOrderIsSorted)
            {
                writer.Line("private static readonly int[] s_catalogOrder = s_codes;");
            }
            else
            {
                WriteNumberArray(writer, "int", "s_catalogOrder", Column(spec.CatalogOrder, m => m.Code));
            }

            writer.Line("private static readonly global::System.Collections.Generic.IReadOnlyList<" + e + "> s_allReadOnly = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + e + ">(CreateAll());");
            writer.Line();
            writer.Open("private static " + e + "[] CreateAll()");
            writer.Line("var all = new " + e + "[s_catalogOrder.Length];");
            writer.Open("for (int i = 0; i < all.Length; i++)");
            writer.Line("all[i] = (" + e + ")s_catalogOrder[i];");
            writer.Close();
            writer.Line();
            writer.Line("return all;");
            writer.Close();
        }

        private static void WriteLocalizedTables(DomainSpec spec, CodeWriter writer, string field, int cultureCount, Func<ErrorMember, int, string> text)
        {
            string nullableString = Fragments.NullableString(spec);
            writer.Line("private static readonly " + nullableString + "[][] " + field + " = new " + nullableString + "[][]");
            writer.Line("{");
            for (int i = 0; i < cultureCount; i++)
            {
                int culture = i;
                TextBuffer line = writer.StartLine().Append("    ");
                AppendTextTableExpression(spec, line, Column(spec.SortedPrimaries, member => text(member, culture)), emptyIsNull: true);
                line.Append(',');
                writer.EndLine();
            }

            writer.Line("};");
        }

        /// <summary>
        /// A table of texts, written as one string literal that is split when the class is first used. The consumer's
        /// compiler reads one token, where an array initializer costs it a bound expression and several IL
        /// instructions per row (and the runtime a huge static constructor to compile).
        /// </summary>
        public static void WriteTextTable(DomainSpec spec, CodeWriter writer, string field, List<string> texts, bool emptyIsNull)
        {
            string type = emptyIsNull ? Fragments.NullableString(spec) : "string";
            TextBuffer line = writer.StartLine().Append("private static readonly ").Append(type).Append("[] ").Append(field).Append(" = ");
            AppendTextTableExpression(spec, line, texts, emptyIsNull);
            line.Append(';');
            writer.EndLine();
        }

        /// <summary>
        /// Writes the expression that makes a text table; empty texts are null when <paramref name="emptyIsNull"/>.
        /// The table's literal is written entry by entry straight into the output: joined first, a table of 10,000
        /// rows is several copies of a string of hundreds of thousands of characters.
        /// </summary>
        private static void AppendTextTableExpression(DomainSpec spec, TextBuffer line, List<string> texts, bool emptyIsNull)
        {
            string type = emptyIsNull ? Fragments.NullableString(spec) : "string";
            if (emptyIsNull && texts.TrueForAll(text => text.Length == 0))
            {
                // A column the catalog leaves empty costs one allocation, not a literal per row.
                line.Append("new ").Append(type).Append('[').Append(texts.Count).Append(']');
                return;
            }

            char separator = Array.Find(TableSeparators, candidate => !texts.Exists(text => text.IndexOf(candidate) >= 0));
            if (texts.Count == 0 || separator == '\0')
            {
                // No separator is free (or there is nothing to split): an initializer, as for any array.
                line.Append("new ").Append(type).Append("[] { ");
                for (int i = 0; i < texts.Count; i++)
                {
                    line.Append(i == 0 ? string.Empty : ", ").Append(Literals.String(emptyIsNull && texts[i].Length == 0 ? null : texts[i]));
                }

                line.Append(" }");
                return;
            }

            line.Append(emptyIsNull ? "EmptyToNull(SplitTable(\"" : "SplitTable(\"");
            for (int i = 0; i < texts.Count; i++)
            {
                if (i != 0)
                {
                    // Every separator is a character a literal escapes as \uXXXX.
                    Literals.AppendUnicodeEscape(line, separator);
                }

                Literals.AppendEscaped(line, texts[i]);
            }

            line.Append("\", '");
            Literals.AppendUnicodeEscape(line, separator);
            line.Append(emptyIsNull ? "'))" : "')");
        }

        /// <summary>A table of numbers, written straight into the output without a string each (a catalog has a few of these per row).</summary>
        public static void WriteNumberArray(CodeWriter writer, string elementType, string field, IEnumerable<int> values)
        {
            writer.Line("private static readonly " + elementType + "[] " + field + " = new " + elementType + "[]");
            writer.Line("{");
            foreach (int value in values)
            {
                writer.StartLine().Append("    ").Append(value).Append(',');
                writer.EndLine();
            }

            writer.Line("};");
        }

        /// <summary>A table of values already written as C# literals.</summary>
        public static void WriteArray(CodeWriter writer, string elementType, string field, IEnumerable<string> values)
        {
            writer.Line("private static readonly " + elementType + "[] " + field + " = new " + elementType + "[]");
            writer.Line("{");
            foreach (string value in values)
            {
                writer.Line("    ", value, ",");
            }

            writer.Line("};");
        }

        private static List<T> Column<T>(EquatableArray<ErrorMember> rows, Func<ErrorMember, T> select)
        {
            var column = new List<T>(rows.Count);
            foreach (ErrorMember row in rows)
            {
                column.Add(select(row));
            }

            return column;
        }

        private static List<string> StringLiterals(EquatableArray<string> texts)
        {
            var literals = new List<string>(texts.Count);
            foreach (string text in texts)
            {
                literals.Add(Literals.String(text));
            }

            return literals;
        }
    }
}
