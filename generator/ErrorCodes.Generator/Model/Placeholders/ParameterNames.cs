using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorCodes.Generator.Model.Placeholders
{
    /// <summary>Makes the C# parameter name of a placeholder.</summary>
    internal static class ParameterNames
    {
        /// <summary>Names the generated helpers already use for their own parameters; a placeholder with one gets <c>Value</c> appended.</summary>
        private static readonly string[] Reserved = { "culture" };

        /// <summary><c>arg0</c> for <c>{0}</c>, <c>arg1</c> for printf's first argument or FormatMessage's <c>%1</c>.</summary>
        public static string Numbered(int number) => "arg" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>
        /// A camelCase identifier from a placeholder name: words split at every character that is not a letter, digit
        /// or underscore, the first word lowered (all of it when it is all capitals: <c>{ID}</c> is <c>id</c>), the
        /// others capitalized: <c>{user-id}</c> is <c>userId</c>, <c>{Seconds}</c> is <c>seconds</c>. A leading digit
        /// gets an underscore before it, and a C# keyword an <c>@</c> (<c>{class}</c> is <c>@class</c>), which C#
        /// reads as the name itself, so the XML documentation still says <c>class</c>.
        /// </summary>
        public static string FromName(string name)
        {
            var builder = new StringBuilder(name.Length + 1);
            int start = -1;
            for (int i = 0; i <= name.Length; i++)
            {
                bool wordChar = i < name.Length && (char.IsLetterOrDigit(name[i]) || name[i] == '_');
                if (wordChar && start < 0)
                {
                    start = i;
                }
                else if (!wordChar && start >= 0)
                {
                    AppendWord(builder, name, start, i - start, first: builder.Length == 0);
                    start = -1;
                }
            }

            if (builder.Length == 0 || char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            string identifier = builder.ToString();
            foreach (string reserved in Reserved)
            {
                if (identifier == reserved)
                {
                    return identifier + "Value";
                }
            }

            bool keyword = SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
                || SyntaxFacts.GetContextualKeywordKind(identifier) == SyntaxKind.UnderscoreToken;
            return keyword ? "@" + identifier : identifier;
        }

        private static void AppendWord(StringBuilder builder, string name, int start, int length, bool first)
        {
            if (!first)
            {
                builder.Append(char.ToUpperInvariant(name[start])).Append(name, start + 1, length - 1);
                return;
            }

            bool allCapitals = true;
            for (int i = start; i < start + length; i++)
            {
                if (char.IsLower(name[i]))
                {
                    allCapitals = false;
                    break;
                }
            }

            if (allCapitals)
            {
                builder.Append(name.Substring(start, length).ToLowerInvariant());
            }
            else
            {
                builder.Append(char.ToLowerInvariant(name[start])).Append(name, start + 1, length - 1);
            }
        }
    }
}
