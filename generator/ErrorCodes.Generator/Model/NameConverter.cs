using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// Turns a vendor's name into a C# identifier: words are split on every character that is not a letter or digit;
    /// each word starts upper-case; an all-capitals word is lowered after its first letter; a mixed-case word keeps
    /// its case. <c>CHANNEL_NOT_FOUND</c> becomes <c>ChannelNotFound</c>, <c>Authentication Fail</c> becomes
    /// <c>AuthenticationFail</c>, <c>ParamsBindingError</c> stays.
    /// </summary>
    internal static class NameConverter
    {
        /// <summary>The PascalCase words of the name joined, or an empty string when it has no letter or digit.</summary>
        public static string ToPascalCase(string name)
        {
            // Words are found by position and written straight into one builder: a catalog converts every row's
            // name, and a string per word (and per lower-cased rest) was most of the model's garbage.
            var builder = new StringBuilder(name.Length);
            int start = -1;
            for (int i = 0; i <= name.Length; i++)
            {
                bool isWordChar = i < name.Length && char.IsLetterOrDigit(name[i]);
                if (isWordChar && start < 0)
                {
                    start = i;
                }
                else if (!isWordChar && start >= 0)
                {
                    AppendWord(builder, name, start, i - start);
                    start = -1;
                }
            }

            return builder.ToString();
        }

        public static bool IsValidIdentifier(string identifier)
            => SyntaxFacts.IsValidIdentifier(identifier)
               && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None;

        /// <summary>
        /// The identifier as the compiler reads it: C# drops formatting characters (Unicode category Cf, such as the
        /// soft hyphen and the zero-width space) from identifiers, so two spellings that differ only in them declare
        /// the same name.
        /// </summary>
        public static string WithoutFormattingCharacters(string identifier)
        {
            StringBuilder? builder = null;
            for (int i = 0; i < identifier.Length; i++)
            {
                bool formatting = CharUnicodeInfo.GetUnicodeCategory(identifier[i]) == UnicodeCategory.Format;
                if (formatting && builder is null)
                {
                    builder = new StringBuilder(identifier, 0, i, identifier.Length);
                }
                else if (!formatting && builder is not null)
                {
                    builder.Append(identifier[i]);
                }
            }

            return builder?.ToString() ?? identifier;
        }

        /// <summary>A dotted namespace name, each part a valid identifier.</summary>
        public static bool IsValidNamespace(string name)
        {
            if (name.Length == 0)
            {
                return false;
            }

            foreach (string part in name.Split('.'))
            {
                if (!IsValidIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }

        private static void AppendWord(StringBuilder builder, string name, int start, int length)
        {
            bool hasUpper = false;
            bool hasLower = false;
            bool ascii = true;
            for (int i = start; i < start + length; i++)
            {
                char c = name[i];
                hasUpper |= char.IsUpper(c);
                hasLower |= char.IsLower(c);
                ascii &= c < 128;
            }

            builder.Append(char.ToUpperInvariant(name[start]));
            if (!(hasUpper && !hasLower))
            {
                // A mixed-case or lower-case word keeps its case after the first letter.
                builder.Append(name, start + 1, length - 1);
            }
            else if (ascii)
            {
                for (int i = start + 1; i < start + length; i++)
                {
                    builder.Append(char.ToLowerInvariant(name[i]));
                }
            }
            else
            {
                // Beyond ASCII the string's own lowering, which also maps letters written as surrogate pairs.
                builder.Append(name.Substring(start + 1, length - 1).ToLowerInvariant());
            }
        }
    }
}
