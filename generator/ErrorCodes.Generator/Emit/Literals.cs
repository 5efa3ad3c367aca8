using System.Globalization;
using System.Text;

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

            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\0': builder.Append("\\0"); break;
                    case '\a': builder.Append("\\a"); break;
                    case '\b': builder.Append("\\b"); break;
                    case '\f': builder.Append("\\f"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\v': builder.Append("\\v"); break;
                    default:
                        if (NeedsEscape(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
            return builder.ToString();
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

            var builder = new StringBuilder(value.Length);
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

            return builder.ToString();
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
