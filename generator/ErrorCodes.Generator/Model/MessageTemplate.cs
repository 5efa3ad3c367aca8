using System.Collections.Generic;
using System.Globalization;

namespace ErrorCodes.Generator.Model
{
    /// <summary>One piece of a message template: literal text, or a <c>{N}</c> placeholder.</summary>
    internal readonly record struct TemplatePart(string Text, int PlaceholderIndex)
    {
        public bool IsPlaceholder => PlaceholderIndex >= 0;
    }

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

        /// <summary>The number of format arguments the template needs: one more than its highest placeholder index.</summary>
        public static int ArgumentCount(string template)
        {
            int count = 0;
            foreach (TemplatePart part in Parse(template))
            {
                if (part.IsPlaceholder && part.PlaceholderIndex + 1 > count)
                {
                    count = part.PlaceholderIndex + 1;
                }
            }

            return count;
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

            index = int.Parse(template.Substring(open + 1, position - open - 1), NumberStyles.None, CultureInfo.InvariantCulture);
            length = position - open + 1;
            return true;
        }
    }
}
