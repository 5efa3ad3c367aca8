using System.Globalization;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// Turns catalog text into C# literals and XML documentation text. Nothing from a catalog is pasted into code as
    /// written: every character that could end a line, a string or a comment, or hide text from a reader, is escaped.
    /// </summary>
    internal static class Literals
    {
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            if (IsPlainAscii(value, '"', '\\', '\\'))
            {
                // Most catalog text is plain: no character to escape, so skip the per-character work.
                return "\"" + value + "\"";
            }

            var builder = new TextBuffer(value.Length + 16);
            AppendString(builder, value);
            return builder.ToString();
        }

        /// <summary>Writes <paramref name="value"/> as a string literal into <paramref name="builder"/>, without a copy of its own.</summary>
        public static void AppendString(TextBuffer builder, string value)
        {
            builder.Append('"');
            AppendEscaped(builder, value);
            builder.Append('"');
        }

        /// <summary>
        /// Writes the escaped content of a string literal (no quotes). Text tables are one literal of hundreds of
        /// thousands of characters holding separators: runs of plain characters are copied whole, and only the
        /// characters that need escaping are looked at one by one.
        /// </summary>
        public static void AppendEscaped(TextBuffer builder, string value)
        {
            int runStart = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= ' ' && c <= '~' && c != '"' && c != '\\')
                {
                    continue;
                }

                string? shortEscape = ShortEscape(c);
                if (shortEscape is null && !NeedsEscape(c))
                {
                    continue;
                }

                builder.Append(value, runStart, i - runStart);
                if (shortEscape is null)
                {
                    AppendUnicodeEscape(builder, c);
                }
                else
                {
                    builder.Append(shortEscape);
                }

                runStart = i + 1;
            }

            builder.Append(value, runStart, value.Length - runStart);
        }

        /// <summary><c>\uXXXX</c> with upper-case hex digits, written without a temporary string.</summary>
        public static void AppendUnicodeEscape(TextBuffer builder, char c)
        {
            const string HexDigits = "0123456789ABCDEF";
            builder.Append('\\').Append('u')
                .Append(HexDigits[(c >> 12) & 0xF])
                .Append(HexDigits[(c >> 8) & 0xF])
                .Append(HexDigits[(c >> 4) & 0xF])
                .Append(HexDigits[c & 0xF]);
        }

        /// <summary>The short escape sequence of a character (<c>\n</c>, <c>\"</c>...), or null when it has none.</summary>
        private static string? ShortEscape(char c)
        {
            switch (c)
            {
                case '"': return "\\\"";
                case '\\': return "\\\\";
                case '\0': return "\\0";
                case '\a': return "\\a";
                case '\b': return "\\b";
                case '\f': return "\\f";
                case '\n': return "\\n";
                case '\r': return "\\r";
                case '\t': return "\\t";
                case '\v': return "\\v";
                default: return null;
            }
        }

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// Text for a <c>///</c> comment: XML-escaped, with line breaks and other invisible characters as character
        /// references so the comment stays on one line and the documentation keeps the exact text. Characters XML
        /// cannot carry at all become U+FFFD.
        /// </summary>
        public static string XmlText(string value)
        {
            if (IsPlainAscii(value, '&', '<', '>'))
            {
                return value;
            }

            var builder = new TextBuffer(value.Length + 16);
            AppendXmlText(builder, value);
            return builder.ToString();
        }

        /// <summary><see cref="XmlText"/> written straight into <paramref name="builder"/>: each member's documentation is several of these.</summary>
        public static void AppendXmlText(TextBuffer builder, string value)
        {
            if (IsPlainAscii(value, '&', '<', '>'))
            {
                builder.Append(value);
                return;
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            int codePoint = char.ConvertToUtf32(c, value[i + 1]);
                            builder.Append("&#x").Append(codePoint.ToString("X", CultureInfo.InvariantCulture)).Append(';');
                            i++;
                        }
                        else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c < ' ' && c != '\t' && c != '\n' && c != '\r'))
                        {
                            builder.Append("&#xFFFD;");
                        }
                        else if (NeedsEscape(c) || c == '\t' || c == '\n' || c == '\r')
                        {
                            builder.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }
        }

        /// <summary>Whether every character is printable ASCII and none of the three that need escaping in the target syntax.</summary>
        private static bool IsPlainAscii(string value, char special1, char special2, char special3)
        {
            foreach (char c in value)
            {
                if (c < ' ' || c > '~' || c == special1 || c == special2 || c == special3)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Control and format characters (line and paragraph separators, NEL, bidirectional marks, zero-width
        /// characters, the BOM), surrogates and unassigned code points are escaped; letters, digits, punctuation and
        /// symbols of every script stay readable.
        /// </summary>
        private static bool NeedsEscape(char c)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                    return true;
                default:
                    return false;
            }
        }
    }
}
