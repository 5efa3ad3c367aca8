using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    internal sealed partial class DomainEmitter
    {
        private void WriteLookupClass()
        {
            string e = EnumType;
            SummaryXml("Lookups, names, messages and format helpers for " + Cref(EnumType) + ". None uses reflection; lookups and names allocate nothing.");
            _writer.Line(GeneratedCodeAttribute);
            _writer.Open("public static partial class " + ClassName);

            Summary("The name of the domain (the catalog) these codes belong to.");
            _writer.Line("public const string Domain = " + Literals.String(_domain.Domain) + ";");
            _writer.Line();

            SummaryXml("Every defined code once, in catalog order. A code the catalog lists again under another name appears once, as its first member.");
            _writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + e + "> All => s_allReadOnly;");
            _writer.Line();

            SummaryXml("Whether <paramref name=\"code\"/> is a code of this catalog.");
            Param("code", "A numeric code, for example one received from the vendor.");
            Returns("<see langword=\"true\"/> when the catalog defines the code.");
            _writer.Line("public static bool IsDefined(" + ErrorCodeMarker + " int code) => IndexOf(code) >= 0;");
            _writer.Line();

            SummaryXml("Whether <paramref name=\"errorCode\"/> holds a code the catalog defines (a cast can make any value).");
            Param("errorCode", "The error code.");
            Returns("<see langword=\"true\"/> when the catalog defines the code.");
            _writer.Line("public static bool IsDefined(this " + e + " errorCode) => IndexOf((int)errorCode) >= 0;");
            _writer.Line();

            SummaryXml("Converts a numeric code to its enum member; never yields a value the catalog does not define.");
            Param("code", "A numeric code, for example one received from the vendor.");
            Param("errorCode", "The member when the code is defined; otherwise the default value.");
            Returns("<see langword=\"true\"/> when the catalog defines the code.");
            _writer.Open("public static bool TryFromCode(" + ErrorCodeMarker + " int code, out " + e + " errorCode)");
            _writer.Open("if (IndexOf(code) >= 0)");
            _writer.Line("errorCode = (" + e + ")code;");
            _writer.Line("return true;");
            _writer.Close();
            _writer.Line();
            _writer.Line("errorCode = default(" + e + ");");
            _writer.Line("return false;");
            _writer.Close();
            _writer.Line();

            WriteTextLookup("GetName", "The vendor's name of the code, exactly as the catalog writes it.", "s_names", "the code in decimal digits");
            WriteTextLookup("GetMemberName", "The C# member name of the code, without reflection.", "s_memberNames", "the code in decimal digits");
            WriteTextLookup("GetMessage", "The message template as the catalog writes it; for a row without a message, its description, else the vendor's name.", "s_messages", "an empty string");

            SummaryXml("The message for a culture: the catalog's localized message for the culture or its nearest parent, else the neutral message.");
            Param("errorCode", "The error code.");
            Param("culture", "The culture; <see langword=\"null\"/> means <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/>.");
            Returns("The localized message template.");
            _writer.Open("public static string GetMessage(this " + e + " errorCode, global::System.Globalization.CultureInfo" + (_settings.NullableAnnotations ? "?" : string.Empty) + " culture)");
            _writer.Line("int index = IndexOf((int)errorCode);");
            _writer.Line("return index < 0 ? string.Empty : FindLocalized(s_localizedMessages, s_messageCultures, index, culture) ?? s_messages[index];");
            _writer.Close();
            _writer.Line();

            SummaryXml("The longer description of the code, or <see langword=\"null\"/> when the catalog has none.");
            Param("errorCode", "The error code.");
            Returns("The description, or <see langword=\"null\"/>.");
            _writer.Open("public static " + NullableString + " GetDescription(this " + e + " errorCode)");
            _writer.Line("int index = IndexOf((int)errorCode);");
            _writer.Line("return index < 0 ? null : s_descriptions[index];");
            _writer.Close();
            _writer.Line();

            SummaryXml("The description for a culture, with fallback along the culture's parents to the neutral description.");
            Param("errorCode", "The error code.");
            Param("culture", "The culture; <see langword=\"null\"/> means <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/>.");
            Returns("The description, or <see langword=\"null\"/> when the catalog has none.");
            _writer.Open("public static " + NullableString + " GetDescription(this " + e + " errorCode, global::System.Globalization.CultureInfo" + (_settings.NullableAnnotations ? "?" : string.Empty) + " culture)");
            _writer.Line("int index = IndexOf((int)errorCode);");
            _writer.Line("return index < 0 ? null : FindLocalized(s_localizedDescriptions, s_descriptionCultures, index, culture) ?? s_descriptions[index];");
            _writer.Close();
            _writer.Line();

            SummaryXml("The catalog's category (section) of the code, or <see langword=\"null\"/> when it has none.");
            Param("errorCode", "The error code.");
            Returns("The category, or <see langword=\"null\"/>.");
            _writer.Open("public static " + NullableString + " GetCategory(this " + e + " errorCode)");
            _writer.Line("int index = IndexOf((int)errorCode);");
            _writer.Line("return index < 0 ? null : s_categories[index];");
            _writer.Close();
            WriteMetadataLookups();
            WriteNameLookup();

            for (int i = 0; i < _domain.Members.Count; i++)
            {
                WriteFormatHelpers(_domain.Members[i], _helperArgumentCounts[i]);
            }

            WriteFillMethods();

            _writer.Line();
            WriteIndexOf();
            _writer.Line();
            WriteFindLocalized();
            _writer.Line();
            WriteTables();
            _writer.Close();
        }

        private void WriteTextLookup(string method, string summary, string table, string undefinedText)
        {
            Summary(summary);
            Param("errorCode", "The error code.");
            Returns(Literals.XmlText("The text; for a value the catalog does not define, " + undefinedText + "."));
            _writer.Open("public static string " + method + "(this " + EnumType + " errorCode)");
            _writer.Line("int index = IndexOf((int)errorCode);");
            string fallback = undefinedText == "an empty string"
                ? "string.Empty"
                : "((int)errorCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
            _writer.Line("return index < 0 ? " + fallback + " : " + table + "[index];");
            _writer.Close();
            _writer.Line();
        }

        private void WriteFormatHelpers(ErrorMember member, int count)
        {
            string template = member.NeutralMessage;
            if (count == 0)
            {
                return;
            }

            _writer.Line();
            // One summary line per helper: the template shows which argument fills which placeholder, and a
            // catalog of thousands of rows would otherwise spend most of its generated file on parameter tags.
            TextBuffer summary = _writer.StartLine().Append("/// <summary>Fills the message of ");
            Literals.AppendXmlText(summary, member.Identifier);
            summary.Append(", each {N} with argN: ");
            Literals.AppendXmlText(summary, template);
            summary.Append("</summary>");
            _writer.EndLine();
            WriteObsolete(member);
            _writer.StartLine().Append("public static string ").Append(GeneratedNames.FormatHelperPrefix).Append(member.Identifier).Append(Signature(count));
            _writer.EndLine().OpenBlock();
            List<TemplatePart> parts = MessageTemplate.Parse(template);
            if (parts.Count == 1 && parts[0].IsPlaceholder)
            {
                // A template that is one placeholder alone: a string argument is returned as it is, without a copy.
                _writer.Line("return global::ErrorCodes.ErrorMessageFormatter.ToText(arg" + Literals.Int(parts[0].PlaceholderIndex) + ");");
            }
            else
            {
                _writer.Line("return " + FillCall(parts) + ";");
            }

            _writer.Close();

            if (member.IsAlias || _domain.MessageCultures.Count == 0)
            {
                return;
            }

            _writer.Line();
            SummaryXml(Literals.XmlText("Fills the message of " + member.Identifier + " for a culture, with the culture's localized template and number formats."));
            Param("culture", "The culture of the template and of the arguments' formats; <see langword=\"null\"/> means <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/> for the template and <see cref=\"global::System.Globalization.CultureInfo.CurrentCulture\"/> for the arguments, as resources and <see cref=\"string.Format(string, object[])\"/> do.");
            WriteArgumentDocs(count);
            Returns("The localized message with each <c>{N}</c> replaced by its argument.");
            string cultureType = "global::System.Globalization.CultureInfo" + (_settings.NullableAnnotations ? "?" : string.Empty);
            WriteObsolete(member);
            _writer.Open("public static string " + GeneratedNames.FormatHelper(member.Identifier) + TypeParameters(count) + "(" + cultureType + " culture, " + ArgumentList(count) + ")");
            var arguments = Enumerable.Range(0, count).Select(i => "global::ErrorCodes.ErrorMessageFormatter.ToText(arg" + i + ", culture)");
            _writer.Line("return global::ErrorCodes.ErrorMessageFormatter.Fill(" + EnumType + "." + member.Identifier + ".GetMessage(culture), " + string.Join(", ", arguments) + ");");
            _writer.Close();
        }

        private void WriteArgumentDocs(int count)
        {
            for (int i = 0; i < count; i++)
            {
                _writer.Line("/// <typeparam name=\"T" + i + "\">The type of the value for <c>{" + i + "}</c>.</typeparam>");
            }

            for (int i = 0; i < count; i++)
            {
                Param("arg" + i, "The value for <c>{" + i + "}</c>.");
            }
        }

        /// <summary><c>&lt;T0, T1&gt;(T0 arg0, T1 arg1)</c> for two placeholders, made once per number of placeholders.</summary>
        private string Signature(int count)
        {
            if (!_signatures.TryGetValue(count, out string? signature))
            {
                signature = TypeParameters(count) + "(" + ArgumentList(count) + ")";
                _signatures.Add(count, signature);
            }

            return signature;
        }

        /// <summary><c>arg0, arg1</c> for two placeholders, made once per number of placeholders.</summary>
        private string Arguments(int count)
        {
            if (!_arguments.TryGetValue(count, out string? arguments))
            {
                arguments = string.Join(", ", Enumerable.Range(0, count).Select(i => "arg" + Literals.Int(i)));
                _arguments.Add(count, arguments);
            }

            return arguments;
        }

        private static string TypeParameters(int count)
            => "<" + string.Join(", ", Enumerable.Range(0, count).Select(i => "T" + i)) + ">";

        private static string ArgumentList(int count)
            => string.Join(", ", Enumerable.Range(0, count).Select(i => "T" + i + " arg" + i));

        /// <summary>
        /// The call that fills one template: its literal pieces go into <c>s_formatPieces</c>, and the shared
        /// <c>Fill</c> of its number of placeholders takes the arguments in the order the template uses them
        /// (<c>{1} before {0}</c> passes <c>arg1, arg0</c>; a repeated placeholder passes its argument again). One
        /// short call per helper costs the consumer's compiler a fraction of a body of its own per helper.
        /// </summary>
        private string FillCall(List<TemplatePart> parts)
        {
            int start = _formatPieces.Count;
            var call = new StringBuilder("Fill(").Append(Literals.Int(start));
            var literal = new StringBuilder();
            int holes = 0;
            foreach (TemplatePart part in parts)
            {
                if (part.IsPlaceholder)
                {
                    _formatPieces.Add(literal.ToString());
                    literal.Clear();
                    call.Append(", arg").Append(Literals.Int(part.PlaceholderIndex));
                    holes++;
                }
                else
                {
                    literal.Append(part.Text);
                }
            }

            _formatPieces.Add(literal.ToString());
            _fillArities.Add(holes);
            return call.Append(')').ToString();
        }

        /// <summary>One <c>Fill</c> per number of placeholders the catalog's helpers use.</summary>
        private void WriteFillMethods()
        {
            foreach (int holes in _fillArities)
            {
                _writer.Line();
                _writer.Line("/// <summary>Fills a template of " + Literals.Int(holes) + " placeholder" + (holes == 1 ? string.Empty : "s") + " whose literal pieces start at <paramref name=\"start\"/> in <c>s_formatPieces</c>.</summary>");
                string typeParameters = TypeParameters(holes);
                string parameters = string.Join(", ", Enumerable.Range(0, holes).Select(i => "T" + i + " value" + i));
                _writer.Open("private static string Fill" + typeParameters + "(int start, " + parameters + ")");
                _writer.Line("string[] pieces = s_formatPieces;");
                if (_settings.HasInterpolatedStringHandler)
                {
                    // What the C# compiler writes for an interpolated string: each value is formatted straight into a
                    // stack buffer (a value type through ISpanFormattable, without boxing or a string of its own),
                    // so the message is the only allocation. The buffer is sized for the usual message, since all of
                    // it is cleared on each call; a longer message makes the handler rent a larger one.
                    var literals = new List<string>();
                    for (int i = 0; i <= holes; i++)
                    {
                        literals.Add("pieces[" + PieceIndex(i) + "].Length");
                    }

                    int guess = 16 * holes;
                    _writer.Line("int literalLength = " + string.Join(" + ", literals) + ";");
                    _writer.Line("global::System.Span<char> buffer = stackalloc char[literalLength < " + Literals.Int(256 - guess) + " ? literalLength + " + Literals.Int(guess) + " : 256];");
                    _writer.Line("var message = new global::System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(literalLength, " + Literals.Int(holes) + ", null, buffer);");
                    for (int i = 0; i < holes; i++)
                    {
                        _writer.Line("message.AppendLiteral(pieces[" + PieceIndex(i) + "]);");
                        _writer.Line("message.AppendFormatted(value" + Literals.Int(i) + ");");
                    }

                    _writer.Line("message.AppendLiteral(pieces[" + PieceIndex(holes) + "]);");
                    _writer.Line("return message.ToStringAndClear();");
                }
                else
                {
                    // Without the handler (netstandard2.0): the pieces and the formatted values concatenated.
                    var texts = new List<string>();
                    for (int i = 0; i < holes; i++)
                    {
                        texts.Add("pieces[" + PieceIndex(i) + "]");
                        texts.Add("global::ErrorCodes.ErrorMessageFormatter.ToText(value" + Literals.Int(i) + ")");
                    }

                    texts.Add("pieces[" + PieceIndex(holes) + "]");
                    _writer.Line(texts.Count <= 4
                        ? "return string.Concat(" + string.Join(", ", texts) + ");"
                        : "return string.Concat(new string[] { " + string.Join(", ", texts) + " });");
                }

                _writer.Close();
            }
        }

        private static string PieceIndex(int offset) => offset == 0 ? "start" : "start + " + Literals.Int(offset);

        /// <summary>How <c>IndexOf</c> finds a code; chosen from the codes at generation time.</summary>
        private enum LookupKind
        {
            /// <summary>Codes without gaps: the offset from the first code is the position.</summary>
            Offset,

            /// <summary>Codes with gaps in a range at most <see cref="DirectRangeFactor"/> times their number: a slot per code in the range.</summary>
            Direct,

            /// <summary>Codes spread widely: an open-addressing hash table at most half full.</summary>
            Hash,
        }

        /// <summary>A direct table may have this many slots per code; beyond it a hash table is smaller.</summary>
        private const long DirectRangeFactor = 4;

        /// <summary>Fibonacci hashing: the multiplier is 2^32 divided by the golden ratio.</summary>
        private const string HashMultiplier = "2654435769u";

        private LookupKind Lookup
        {
            get
            {
                long range = CodeRange;
                return range == _sortedPrimaries.Count ? LookupKind.Offset
                    : range <= DirectRangeFactor * _sortedPrimaries.Count ? LookupKind.Direct
                    : LookupKind.Hash;
            }
        }

        /// <summary>The number of integers from the lowest code to the highest, in long: int.MinValue..int.MaxValue overflows int.</summary>
        private long CodeRange => _sortedPrimaries.Count == 0 ? 0 : (long)_sortedPrimaries[_sortedPrimaries.Count - 1].Code - _sortedPrimaries[0].Code + 1;

        /// <summary>The hash table's size: the smallest power of two at least twice the number of codes.</summary>
        private int HashBits
        {
            get
            {
                int bits = 1;
                while ((1L << bits) < 2L * _sortedPrimaries.Count)
                {
                    bits++;
                }

                return bits;
            }
        }

        private void WriteIndexOf()
        {
            // Lookups are the hot path of every generated method; each shape below costs a few instructions and no
            // branch that depends on comparing codes, unlike a binary search.
            _writer.Line("/// <summary>The position of <paramref name=\"code\"/> in the tables, or -1 when it is not defined.</summary>");
            _writer.Open("private static int IndexOf(int code)");
            string first = _sortedPrimaries.Count == 0 ? "0" : Literals.Int(_sortedPrimaries[0].Code);
            switch (Lookup)
            {
                case LookupKind.Offset:
                    _writer.Line("long offset = (long)code - " + first + ";");
                    _writer.Line("return offset >= 0 && offset < " + Literals.Int(_sortedPrimaries.Count) + " ? (int)offset : -1;");
                    break;
                case LookupKind.Direct:
                    // A code below the first makes a negative offset, which as ulong is beyond every slot.
                    _writer.Line("int[] slots = s_slots;");
                    _writer.Line("ulong offset = unchecked((ulong)((long)code - " + first + "));");
                    _writer.Line("return offset < (ulong)slots.Length ? slots[(int)offset] - 1 : -1;");
                    break;
                default:
                    _writer.Line("int[] slots = s_slots;");
                    _writer.Line("int[] codes = s_codes;");
                    _writer.Line("int i = HashSlot(code);");
                    _writer.Open("while (true)");
                    _writer.Line("// A slot holds a position plus one; an empty slot ends the probe, and as 0 - 1 it is the answer -1.");
                    _writer.Line("int slot = slots[i];");
                    _writer.Open("if (slot == 0 || codes[slot - 1] == code)");
                    _writer.Line("return slot - 1;");
                    _writer.Close();
                    _writer.Line();
                    _writer.Line("i = (i + 1) & (slots.Length - 1);");
                    _writer.Close();
                    break;
            }

            _writer.Close();
            if (Lookup == LookupKind.Offset)
            {
                return;
            }

            _writer.Line();
            if (Lookup == LookupKind.Hash)
            {
                _writer.Line("/// <summary>The first hash-table slot to probe for <paramref name=\"code\"/>.</summary>");
                _writer.Line("private static int HashSlot(int code) => (int)(unchecked((uint)code * " + HashMultiplier + ") >> " + Literals.Int(32 - HashBits) + ");");
                _writer.Line();
            }

            // The slots are computed from s_codes when the class is first used, so the consumer's compiler sees no
            // second table: a large array initializer is what costs it most.
            _writer.Line("/// <summary>Fills the lookup slots from <see cref=\"s_codes\"/>: each holds a position plus one, 0 when empty.</summary>");
            _writer.Open("private static int[] CreateSlots()");
            _writer.Line("int[] codes = s_codes;");
            if (Lookup == LookupKind.Direct)
            {
                _writer.Line("var slots = new int[" + CodeRange.ToString(System.Globalization.CultureInfo.InvariantCulture) + "];");
                _writer.Open("for (int position = 0; position < codes.Length; position++)");
                _writer.Line("slots[(int)((long)codes[position] - " + first + ")] = position + 1;");
                _writer.Close();
            }
            else
            {
                _writer.Line("var slots = new int[" + Literals.Int(1 << HashBits) + "];");
                _writer.Open("for (int position = 0; position < codes.Length; position++)");
                _writer.Line("int i = HashSlot(codes[position]);");
                _writer.Open("while (slots[i] != 0)");
                _writer.Line("i = (i + 1) & (slots.Length - 1);");
                _writer.Close();
                _writer.Line();
                _writer.Line("slots[i] = position + 1;");
                _writer.Close();
            }

            _writer.Line();
            _writer.Line("return slots;");
            _writer.Close();
        }

        private void WriteFindLocalized()
        {
            string nullable = _settings.NullableAnnotations ? "?" : string.Empty;
            _writer.Line("/// <summary>The text for the culture or its nearest parent that the catalog localizes, or null.</summary>");
            _writer.Open("private static string" + nullable + " FindLocalized(string" + nullable + "[][] tables, string[] cultures, int index, global::System.Globalization.CultureInfo" + nullable + " culture)");
            _writer.Line("global::System.Globalization.CultureInfo" + nullable + " current = culture ?? global::System.Globalization.CultureInfo.CurrentUICulture;");
            _writer.Line("// The parent chain ends at the invariant culture; the bound guards against a custom culture that loops.");
            _writer.Open("for (int depth = 0; current != null && current.Name.Length != 0 && depth < 16; depth++)");
            _writer.Open("for (int i = 0; i < cultures.Length; i++)");
            _writer.Open("if (string.Equals(cultures[i], current.Name, global::System.StringComparison.OrdinalIgnoreCase) && tables[i][index] != null)");
            _writer.Line("return tables[i][index];");
            _writer.Close();
            _writer.Close();
            _writer.Line();
            _writer.Line("current = current.Parent;");
            _writer.Close();
            _writer.Line();
            _writer.Line("return null;");
            _writer.Close();
        }

        private void WriteTables()
        {
            List<ErrorMember> rows = _sortedPrimaries;
            _writer.Line("/// <summary>Splits a table written as one string literal: one token costs the compiler far less than an initializer element per row.</summary>");
            _writer.Line("private static string[] SplitTable(string text, char separator) => text.Split(separator);");
            _writer.Line();
            _writer.Line("/// <summary>An optional table: an empty entry is a text the catalog does not have.</summary>");
            _writer.Open("private static " + NullableString + "[] EmptyToNull(string[] entries)");
            _writer.Line("var table = new " + NullableString + "[entries.Length];");
            _writer.Open("for (int i = 0; i < entries.Length; i++)");
            _writer.Line("table[i] = entries[i].Length == 0 ? null : entries[i];");
            _writer.Close();
            _writer.Line();
            _writer.Line("return table;");
            _writer.Close();
            _writer.Line();
            _writer.Line("// The tables below are sorted by code and share one index.");
            WriteNumberArray("int", "s_codes", rows.Select(m => m.Code));
            if (Lookup != LookupKind.Offset)
            {
                // After s_codes: static fields are initialized in the order they are written.
                _writer.Line("private static readonly int[] s_slots = CreateSlots();");
            }

            WriteTextTable("s_names", rows.ConvertAll(m => m.Name), emptyIsNull: false);
            WriteTextTable("s_memberNames", rows.ConvertAll(m => m.Identifier), emptyIsNull: false);
            WriteTextTable("s_messages", rows.ConvertAll(m => m.DisplayMessage), emptyIsNull: false);
            WriteTextTable("s_descriptions", rows.ConvertAll(m => m.NeutralDescription), emptyIsNull: true);
            WriteTextTable("s_categories", rows.ConvertAll(m => m.Category), emptyIsNull: true);
            if (_formatPieces.Count != 0)
            {
                // The literal pieces of every format helper's template, in the order the helpers are written.
                WriteTextTable("s_formatPieces", _formatPieces, emptyIsNull: false);
            }

            WriteMetadataTables();
            WriteArray("string", "s_messageCultures", _domain.MessageCultures.Select(Literals.String));
            WriteArray("string", "s_descriptionCultures", _domain.DescriptionCultures.Select(Literals.String));
            WriteLocalizedTables("s_localizedMessages", _domain.MessageCultures.Count, (m, i) => m.LocalizedMessages[i]);
            WriteLocalizedTables("s_localizedDescriptions", _domain.DescriptionCultures.Count, (m, i) => m.LocalizedDescriptions[i]);
            // All is built from plain numbers: an int array is one blob for the compiler, while thousands of enum
            // member references each cost it a lookup. A catalog already in code order reuses s_codes.
            if (_primaries.SequenceEqual(_sortedPrimaries))
            {
                _writer.Line("private static readonly int[] s_catalogOrder = s_codes;");
            }
            else
            {
                WriteNumberArray("int", "s_catalogOrder", _primaries.Select(m => m.Code));
            }

            _writer.Line("private static readonly global::System.Collections.Generic.IReadOnlyList<" + EnumType + "> s_allReadOnly = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + EnumType + ">(CreateAll());");
            _writer.Line();
            _writer.Open("private static " + EnumType + "[] CreateAll()");
            _writer.Line("var all = new " + EnumType + "[s_catalogOrder.Length];");
            _writer.Open("for (int i = 0; i < all.Length; i++)");
            _writer.Line("all[i] = (" + EnumType + ")s_catalogOrder[i];");
            _writer.Close();
            _writer.Line();
            _writer.Line("return all;");
            _writer.Close();
        }

        private void WriteLocalizedTables(string field, int cultureCount, System.Func<ErrorMember, int, string> text)
        {
            _writer.Line("private static readonly " + NullableString + "[][] " + field + " = new " + NullableString + "[][]");
            _writer.Line("{");
            for (int i = 0; i < cultureCount; i++)
            {
                int culture = i;
                TextBuffer line = _writer.StartLine().Append("    ");
                AppendTextTableExpression(line, _sortedPrimaries.ConvertAll(member => text(member, culture)), emptyIsNull: true);
                line.Append(',');
                _writer.EndLine();
            }

            _writer.Line("};");
        }

        /// <summary>Characters that separate the entries of a text table; the first that no entry contains is used.</summary>
        private static readonly char[] TableSeparators = { '\u001F', '\u001E', '\u001D', '\u001C', '\uFDD0' };

        /// <summary>
        /// A table of texts, written as one string literal that is split when the class is first used. The consumer's
        /// compiler reads one token, where an array initializer costs it a bound expression and several IL
        /// instructions per row (and the runtime a huge static constructor to compile).
        /// </summary>
        private void WriteTextTable(string field, List<string> texts, bool emptyIsNull)
        {
            string type = emptyIsNull ? NullableString : "string";
            TextBuffer line = _writer.StartLine().Append("private static readonly ").Append(type).Append("[] ").Append(field).Append(" = ");
            AppendTextTableExpression(line, texts, emptyIsNull);
            line.Append(';');
            _writer.EndLine();
        }

        /// <summary>
        /// Writes the expression that makes a text table; empty texts are null when <paramref name="emptyIsNull"/>.
        /// The table's literal is written entry by entry straight into the output: joined first, a table of 10,000
        /// rows is several copies of a string of hundreds of thousands of characters.
        /// </summary>
        private void AppendTextTableExpression(TextBuffer line, List<string> texts, bool emptyIsNull)
        {
            string type = emptyIsNull ? NullableString : "string";
            if (emptyIsNull && texts.TrueForAll(text => text.Length == 0))
            {
                // A column the catalog leaves empty costs one allocation, not a literal per row.
                line.Append("new ").Append(type).Append('[').Append(texts.Count).Append(']');
                return;
            }

            char separator = System.Array.Find(TableSeparators, candidate => !texts.Exists(text => text.IndexOf(candidate) >= 0));
            if (texts.Count == 0 || separator == '\0')
            {
                // No separator is free (or there is nothing to split): an initializer, as for any array.
                line.Append("new ").Append(type).Append("[] { ");
                for (int i = 0; i < texts.Count; i++)
                {
                    line.Append(i == 0 ? string.Empty : ", ").Append(Literals.String(emptyIsNull ? NullIfEmpty(texts[i]) : texts[i]));
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
        private void WriteNumberArray(string elementType, string field, IEnumerable<int> values)
        {
            _writer.Line("private static readonly " + elementType + "[] " + field + " = new " + elementType + "[]");
            _writer.Line("{");
            foreach (int value in values)
            {
                _writer.StartLine().Append("    ").Append(value).Append(',');
                _writer.EndLine();
            }

            _writer.Line("};");
        }

        private void WriteArray(string elementType, string field, IEnumerable<string> values)
        {
            _writer.Line("private static readonly " + elementType + "[] " + field + " = new " + elementType + "[]");
            _writer.Line("{");
            foreach (string value in values)
            {
                _writer.Line("    ", value, ",");
            }

            _writer.Line("};");
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}
