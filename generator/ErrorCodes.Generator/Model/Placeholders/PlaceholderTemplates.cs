using System.Collections.Generic;
using System.Linq;

namespace ErrorCodes.Generator.Model.Placeholders
{
    /// <summary>Parses message cells in a file's placeholder style, and the checks that compare styles and cultures.</summary>
    internal static class PlaceholderTemplates
    {
        public static ParsedMessage Parse(PlaceholderStyle style, string template) => style switch
        {
            PlaceholderStyle.Printf => PrintfTemplateParser.Parse(template),
            PlaceholderStyle.Win32 => Win32TemplateParser.Parse(template),
            _ => DotNetTemplateParser.Parse(template),
        };

        /// <summary>Whether a message gets a format helper in the style; most messages have no placeholder, and a large catalog asks this for every row.</summary>
        public static bool HasHelper(PlaceholderStyle style, string template)
            => template.IndexOf(style == PlaceholderStyle.DotNet ? '{' : '%') >= 0 && Parse(style, template).HasHelper;

        /// <summary>
        /// The style a <c>dotnet</c> message seems to be written in when it has no placeholder of its own but has
        /// text that another style reads as one: <c>%s</c>, <c>%-.200s</c>, <c>%1$d</c>, <c>%lu</c> (printf) or
        /// <c>%1</c>, <c>%2!d!</c> (win32); <see langword="null"/> otherwise. Prose such as <c>50% discount</c> or
        /// <c>100%</c> does not count: a conversion letter must not run on into a word.
        /// </summary>
        public static PlaceholderStyle? SuggestStyle(ParsedMessage message)
        {
            if (message.Style != PlaceholderStyle.DotNet || message.Parameters.Count > 0)
            {
                return null;
            }

            string text = message.Template;
            for (int percent = text.IndexOf('%'); percent >= 0 && percent + 1 < text.Length; percent = text.IndexOf('%', percent + 1))
            {
                if (LooksLikePrintf(text, percent))
                {
                    return PlaceholderStyle.Printf;
                }

                if (LooksLikeInsert(text, percent))
                {
                    return PlaceholderStyle.Win32;
                }
            }

            return null;
        }

        /// <summary>
        /// Compares a localized message with the neutral one, both parsed in the same style: the same placeholders,
        /// each with the same kind, in any order where the style numbers or names them. Returns the problem, over the
        /// whole localized cell, or <see langword="null"/> when they match.
        /// </summary>
        public static PlaceholderProblem? CompareLocalized(ParsedMessage neutral, ParsedMessage localized)
        {
            if (Signature(neutral).SequenceEqual(Signature(localized)))
            {
                return null;
            }

            return new PlaceholderProblem(
                PlaceholderProblemKind.LocalizedMismatch,
                0,
                localized.Template.Length,
                "the message has placeholders " + Describe(localized) + " but the neutral message has " + Describe(neutral),
                "use the neutral message's placeholders, each with the same conversion type",
                DropsHelper: false);
        }

        /// <summary>The message's placeholders as the user reads them: <c>{0}, {1}</c>, <c>%1 (integer), %2</c>, or <c>none</c>.</summary>
        public static string Describe(ParsedMessage message)
        {
            if (message.Parameters.Count == 0)
            {
                return "none";
            }

            return string.Join(", ", Signature(message).Select(parameter => Notation(message.Style, parameter)));
        }

        private static IEnumerable<MessageParameter> Signature(ParsedMessage message)
            => message.Parameters
                .OrderBy(parameter => int.TryParse(parameter.Placeholder, out int number) ? number : int.MaxValue)
                .ThenBy(parameter => parameter.Placeholder, System.StringComparer.Ordinal);

        private static string Notation(PlaceholderStyle style, MessageParameter parameter)
        {
            string written = style == PlaceholderStyle.DotNet
                ? "{" + parameter.Placeholder + "}"
                : style == PlaceholderStyle.Win32 ? "%" + parameter.Placeholder : "argument " + parameter.Placeholder;
            return parameter.Kind switch
            {
                ParameterKind.Integer => written + " (integer)",
                ParameterKind.UnsignedInteger => written + " (unsigned integer)",
                ParameterKind.Floating => written + " (floating-point)",
                ParameterKind.Char => written + " (character)",
                ParameterKind.StarInt => written + " (* width or precision)",
                _ => written,
            };
        }

        private static bool LooksLikePrintf(string text, int percent)
        {
            int position = percent + 1;
            PrintfSpecReader.ReadPosition(text, ref position);
            // A space flag is left out: "50% discount" would otherwise read as "% d".
            if (position < text.Length && text[position] == ' ')
            {
                return false;
            }

            PrintfSpecReader.Spec spec = PrintfSpecReader.Read(text, position);
            return spec.Known && (spec.End >= text.Length || !char.IsLetterOrDigit(text[spec.End]));
        }

        private static bool LooksLikeInsert(string text, int percent)
        {
            int position = percent + 1;
            if (text[position] < '1' || text[position] > '9')
            {
                return false;
            }

            position++;
            if (position < text.Length && char.IsDigit(text[position]))
            {
                position++;
            }

            return position >= text.Length || !char.IsLetterOrDigit(text[position]) || text[position] == '!';
        }
    }
}
