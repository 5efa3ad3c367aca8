using System.Collections.Generic;
using System.Globalization;

namespace ErrorCodes.Generator.Model
{
    /// <summary>One piece of a message template: literal text, or a <c>{N}</c> placeholder.</summary>
    internal readonly record struct TemplatePart(string Text, int PlaceholderIndex)
    {
        public bool IsPlaceholder => PlaceholderIndex >= 0;
    }

    /// <summary>Text that looks like a placeholder but is not one, and why.</summary>
    internal readonly record struct MalformedPlaceholder(string Text, string Reason);

    /// <summary>
    /// Splits a message template into literal text and placeholders. Only <c>{N}</c> with N a non-negative decimal
    /// integer is a placeholder; every other brace is literal text, so <c>Invalid body {"key": {0}}</c> has one.
    /// </summary>
    internal static class MessageTemplate
    {
        public static List<TemplatePart> Parse(string template)
        {
            var parts = new List<TemplatePart>();
            int literalStart = 0;
            int i = 0;
            while (i < template.Length)
            {
                if (template[i] == '{' && TryReadPlaceholder(template, i, out int index, out int length))
                {
                    if (i > literalStart)
                    {
                        parts.Add(new TemplatePart(template.Substring(literalStart, i - literalStart), -1));
                    }

                    parts.Add(new TemplatePart(template.Substring(i, length), index));
                    i += length;
                    literalStart = i;
                }
                else
                {
                    i++;
                }
            }

            if (literalStart < template.Length)
            {
                parts.Add(new TemplatePart(template.Substring(literalStart), -1));
            }

            return parts;
        }

        /// <summary>The distinct placeholder indexes of the template, in ascending order.</summary>
        public static SortedSet<int> PlaceholderIndexes(string template)
        {
            // The same placeholders as Parse finds, without the literal pieces it cuts out.
            var indexes = new SortedSet<int>();
            int i = 0;
            while (i < template.Length)
            {
                if (template[i] == '{' && TryReadPlaceholder(template, i, out int index, out int length))
                {
                    indexes.Add(index);
                    i += length;
                }
                else
                {
                    i++;
                }
            }

            return indexes;
        }

        /// <summary>The lowest index missing below the highest placeholder (1 for <c>{0} {2}</c>), or -1 when there is no gap.</summary>
        public static int FirstGap(SortedSet<int> indexes)
        {
            int expected = 0;
            foreach (int index in indexes)
            {
                if (index != expected)
                {
                    return expected;
                }

                expected++;
            }

            return -1;
        }

        /// <summary>
        /// The number of arguments of the template's format helper, or 0 when it gets none: a template without
        /// placeholders needs none, and one with a gap (<c>{0}</c> and <c>{2}</c> without <c>{1}</c>, or a stray
        /// <c>{9999}</c>) is reported instead, since a helper would take arguments nobody can fill.
        /// </summary>
        public static int HelperArgumentCount(string template)
        {
            if (template.IndexOf('{') < 0)
            {
                // Most messages have no brace at all; a large catalog asks this for every row.
                return 0;
            }

            SortedSet<int> indexes = PlaceholderIndexes(template);
            return FirstGap(indexes) < 0 ? indexes.Count : 0;
        }

        /// <summary>Placeholders as the user writes them, for messages: <c>{0}, {1}</c>, or <c>none</c>.</summary>
        public static string Describe(SortedSet<int> indexes)
        {
            if (indexes.Count == 0)
            {
                return "none";
            }

            var parts = new List<string>();
            foreach (int index in indexes)
            {
                parts.Add("{" + index.ToString(CultureInfo.InvariantCulture) + "}");
            }

            return string.Join(", ", parts);
        }

        /// <summary>
        /// Brace groups that were clearly meant as placeholders but are not <c>{N}</c>: <c>{ 0}</c>, <c>{-1}</c>,
        /// <c>{0:N2}</c>, <c>{12345}</c>, a never-closed <c>{0</c>, and named ones such as <c>{id}</c>. Braces around
        /// anything else (<c>{"key": 1}</c>, <c>{ see below }</c>, <c>{}</c>) are plain text and not reported.
        /// </summary>
        public static List<MalformedPlaceholder> FindMalformed(string template)
        {
            var found = new List<MalformedPlaceholder>();
            for (int i = 0; i < template.Length; i++)
            {
                if (template[i] != '{')
                {
                    continue;
                }

                if (TryReadPlaceholder(template, i, out _, out int length))
                {
                    i += length - 1;
                    continue;
                }

                string? reason = DiagnoseBrace(template, i, out int end);
                if (reason is not null)
                {
                    found.Add(new MalformedPlaceholder(template.Substring(i, end - i), reason));
                    i = end - 1;
                }
            }

            return found;
        }

        // Long by choice: one reason per way a brace can fail to be a placeholder, read top to bottom as the text is.
        private static string? DiagnoseBrace(string text, int open, out int end)
        {
            int position = SkipSpaces(text, open + 1);
            bool spaceBefore = position > open + 1;
            char sign = position < text.Length && (text[position] == '-' || text[position] == '+') ? text[position] : '\0';
            if (sign != '\0')
            {
                position++;
            }

            int digitsStart = position;
            while (position < text.Length && text[position] >= '0' && text[position] <= '9')
            {
                position++;
            }

            int afterDigits = position;
            position = SkipSpaces(text, position);
            end = position + 1;
            if (afterDigits > digitsStart)
            {
                if (position < text.Length && text[position] == '}')
                {
                    return sign == '-' ? "a negative index"
                        : sign == '+' ? "a sign before the index"
                        : spaceBefore || position > afterDigits ? "spaces inside the braces"
                        : "an index of more than four digits";
                }

                int close = text.IndexOf('}', position);
                int nextOpen = text.IndexOf('{', position);
                bool closedBeforeNextBrace = close >= 0 && (nextOpen < 0 || close < nextOpen);
                if (closedBeforeNextBrace && position < text.Length && (text[position] == ':' || text[position] == ','))
                {
                    end = close + 1;
                    return "a format or alignment, which the format helpers do not apply";
                }

                if (!closedBeforeNextBrace)
                {
                    end = afterDigits;
                    return "a brace that is never closed";
                }

                return null;
            }

            // A name counts only written tight, {id}: prose in braces ({ see below }) is left alone.
            position = open + 1;
            if (position >= text.Length || !(char.IsLetter(text[position]) || text[position] == '_'))
            {
                return null;
            }

            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            end = position + 1;
            return position < text.Length && text[position] == '}' ? "a name; only numbered placeholders are filled" : null;
        }

        private static int SkipSpaces(string text, int position)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            return position;
        }

        private static bool TryReadPlaceholder(string template, int open, out int index, out int length)
        {
            index = -1;
            length = 0;
            int position = open + 1;
            while (position < template.Length && template[position] >= '0' && template[position] <= '9')
            {
                position++;
            }

            bool hasDigits = position > open + 1;
            bool closed = position < template.Length && template[position] == '}';
            // More than four digits would be a placeholder nobody writes; treat it as text rather than emit
            // thousands of parameters.
            if (!hasDigits || !closed || position - open - 1 > 4)
            {
                return false;
            }

            // At most four digits: read in place rather than through a substring.
            index = 0;
            for (int digit = open + 1; digit < position; digit++)
            {
                index = (index * 10) + (template[digit] - '0');
            }

            length = position - open + 1;
            return true;
        }
    }
}
