using System.Collections.Generic;
using System.Globalization;

namespace ErrorCodes.Generator.Model.Placeholders
{
    /// <summary>
    /// Parses a message in the <c>dotnet</c> style: <c>{0}</c> or a name <c>{seconds}</c>, each with an optional
    /// alignment and format (<c>{0,5}</c>, <c>{amount:N2}</c>, <c>{name,-8:X}</c>) as string.Format reads them. As
    /// before styles existed, every other brace is text, doubled ones included (<c>{{</c> stays <c>{{</c>, and
    /// <c>{{0}}</c> is <c>{</c>, the placeholder and <c>}}</c>), so messages with JSON or prose in braces fill as they
    /// always have: <c>Invalid body {"key": {value}}</c> has one placeholder.
    /// </summary>
    internal static class DotNetTemplateParser
    {
        /// <summary>More digits than this is a placeholder nobody writes; it stays text (as before: thousands of parameters otherwise).</summary>
        private const int MaxIndexDigits = 4;

        /// <summary>string.Format rejects an alignment of a million or more.</summary>
        private const int MaxAlignmentDigits = 6;

        public static ParsedMessage Parse(string template)
        {
            var builder = new MessageBuilder(template);
            var numbered = new SortedDictionary<int, int>();
            var named = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var identifiers = new Dictionary<string, string>(System.StringComparer.Ordinal);
            int firstNumbered = -1;
            int firstNamed = -1;
            int position = 0;
            int textStart = 0;
            while (position < template.Length)
            {
                if (template[position] != '{')
                {
                    position++;
                    continue;
                }

                Item item = ReadItem(template, position);
                if (item.Problem is not null)
                {
                    builder.Problem(PlaceholderProblemKind.Malformed, position, item.End - position, item.Problem, item.Fix!, dropsHelper: false);
                }

                if (!item.IsPlaceholder)
                {
                    position = item.Problem is not null ? item.End : position + 1;
                    continue;
                }

                builder.Verbatim(textStart, position);
                int parameter;
                if (item.Name is null)
                {
                    // Numbered placeholders take parameters by number, not by order of appearance ({1} {0} has
                    // arg0, arg1): the part holds the number until all numbers are known.
                    firstNumbered = firstNumbered < 0 ? position : firstNumbered;
                    parameter = item.Index;
                    numbered[item.Index] = 0;
                }
                else
                {
                    firstNamed = firstNamed < 0 ? position : firstNamed;
                    if (!named.TryGetValue(item.Name, out parameter))
                    {
                        string identifier = ParameterNames.FromName(item.Name);
                        if (identifiers.TryGetValue(identifier, out string? other))
                        {
                            builder.Problem(
                                PlaceholderProblemKind.DuplicateIdentifier,
                                position,
                                item.End - position,
                                "{" + item.Name + "} and {" + other + "} both make the parameter name '" + identifier + "'",
                                "use one spelling of the name for both",
                                dropsHelper: true);
                        }
                        else
                        {
                            identifiers.Add(identifier, item.Name);
                        }

                        parameter = builder.Parameters.Count;
                        builder.Parameters.Add(new MessageParameter(identifier, item.Name, ParameterKind.Generic));
                        named.Add(item.Name, parameter);
                    }
                }

                builder.Placeholder(new MessagePart(
                    MessagePartKind.Placeholder,
                    template.Substring(position, item.End - position),
                    position,
                    item.End - position,
                    parameter,
                    item.Alignment,
                    item.Format,
                    string.Empty,
                    -1,
                    -1,
                    '\0',
                    -1,
                    -1));
                position = item.End;
                textStart = position;
            }

            builder.Verbatim(textStart, template.Length);
            if (numbered.Count > 0)
            {
                NumberParameters(template, builder, numbered, firstNumbered, firstNamed);
            }

            return builder.Build(PlaceholderStyle.DotNet);
        }

        /// <summary>Checks the numbers and turns each numbered part's number into its parameter's index.</summary>
        private static void NumberParameters(string template, MessageBuilder builder, SortedDictionary<int, int> numbered, int firstNumbered, int firstNamed)
        {
            if (firstNamed >= 0)
            {
                int start = System.Math.Max(firstNumbered, firstNamed);
                builder.Problem(
                    PlaceholderProblemKind.MixedNumberedAndNamed,
                    start,
                    template.IndexOf('}', start) + 1 - start,
                    "the message mixes numbered placeholders ({0}) and named ones ({name})",
                    "use names for all of them, or numbers for all of them",
                    dropsHelper: true);
            }

            int expected = 0;
            foreach (int index in numbered.Keys)
            {
                if (index != expected)
                {
                    builder.Problem(
                        PlaceholderProblemKind.GapInNumbers,
                        0,
                        template.Length,
                        "placeholder {" + expected.ToString(CultureInfo.InvariantCulture) + "} is missing below {" + index.ToString(CultureInfo.InvariantCulture) + "}",
                        "number the placeholders from {0} without a gap",
                        dropsHelper: true);
                    break;
                }

                expected++;
            }

            var rank = new Dictionary<int, int>();
            foreach (int index in numbered.Keys)
            {
                rank.Add(index, builder.Parameters.Count);
                builder.Parameters.Add(new MessageParameter(ParameterNames.Numbered(index), index.ToString(CultureInfo.InvariantCulture), ParameterKind.Generic));
            }

            builder.RenumberPlaceholders(part => IsDigit(part.Text[1]) ? rank[part.Parameter] : part.Parameter);
        }

        private readonly struct Item
        {
            public Item(int end, int index, string? name, int alignment, string? format, string? problem, string? fix)
            {
                End = end;
                Index = index;
                Name = name;
                Alignment = alignment;
                Format = format;
                Problem = problem;
                Fix = fix;
            }

            public int End { get; }

            public int Index { get; }

            public string? Name { get; }

            public int Alignment { get; }

            public string? Format { get; }

            public string? Problem { get; }

            public string? Fix { get; }

            public bool IsPlaceholder => Problem is null && End > 0;

            public static Item Text => default;

            public static Item Malformed(int end, string problem, string fix) => new Item(end, -1, null, 0, null, problem, fix);
        }

        private static Item ReadItem(string text, int open)
        {
            int position = open + 1;
            int index = -1;
            string? name = null;
            if (position < text.Length && IsDigit(text[position]))
            {
                int digitsStart = position;
                while (position < text.Length && IsDigit(text[position]))
                {
                    position++;
                }

                if (position - digitsStart > MaxIndexDigits)
                {
                    return ClosesAt(text, position) is int close
                        ? Item.Malformed(close + 1, "an index of more than four digits", "use an index from 0 to 9999")
                        : Item.Text;
                }

                index = int.Parse(text.Substring(digitsStart, position - digitsStart), CultureInfo.InvariantCulture);
            }
            else if (position < text.Length && (char.IsLetter(text[position]) || text[position] == '_'))
            {
                int nameStart = position;
                while (position < text.Length && IsNameChar(text[position]))
                {
                    position++;
                }

                name = text.Substring(nameStart, position - nameStart);
            }
            else
            {
                return Odd(text, open);
            }

            int alignment = 0;
            string? format = null;
            if (position < text.Length && text[position] == ',')
            {
                int alignmentStart = position;
                position = SkipSpaces(text, position + 1);
                bool negative = position < text.Length && text[position] == '-';
                position += negative ? 1 : 0;
                int digitsStart = position;
                while (position < text.Length && IsDigit(text[position]))
                {
                    position++;
                }

                int digits = position - digitsStart;
                position = SkipSpaces(text, position);
                if (digits == 0 || digits > MaxAlignmentDigits || position >= text.Length || (text[position] != '}' && text[position] != ':'))
                {
                    if (name is not null)
                    {
                        // Prose such as {red, green}: only a number was clearly meant as a placeholder.
                        return Item.Text;
                    }

                    int? close = ClosesAt(text, alignmentStart);
                    return close is int end
                        ? Item.Malformed(end + 1, "an alignment that is not a whole number below a million", "write the alignment as a number, {0,5} or {0,-5}")
                        : Item.Text;
                }

                alignment = int.Parse(text.Substring(digitsStart, digits), CultureInfo.InvariantCulture) * (negative ? -1 : 1);
            }

            if (position < text.Length && text[position] == ':')
            {
                int formatStart = position + 1;
                int close = text.IndexOf('}', formatStart);
                int nextOpen = text.IndexOf('{', formatStart);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                {
                    return name is null
                        ? Item.Malformed(nextOpen >= 0 ? nextOpen : text.Length, "a brace that is never closed", "close the placeholder with }")
                        : Item.Text;
                }

                format = text.Substring(formatStart, close - formatStart);
                if (name is not null && format.Length > 0 && char.IsWhiteSpace(format[0]))
                {
                    // {note: see below} is prose; a format right after the colon ({when:yyyy-MM-dd}) is not.
                    return Item.Text;
                }

                position = close;
            }

            if (position < text.Length && text[position] == '}')
            {
                return new Item(position + 1, index, name, alignment, format, null, null);
            }

            if (name is not null)
            {
                // A name followed by anything else is prose in braces ({see below}), or JSON.
                return Item.Text;
            }

            int spaces = SkipSpaces(text, position);
            if (spaces < text.Length && text[spaces] == '}')
            {
                return Item.Malformed(spaces + 1, "spaces inside the braces", "remove the spaces: {" + index.ToString(CultureInfo.InvariantCulture) + "}");
            }

            int nextBrace = text.IndexOf('{', position);
            int closing = text.IndexOf('}', position);
            return closing < 0 || (nextBrace >= 0 && nextBrace < closing)
                ? Item.Malformed(position, "a brace that is never closed", "close the placeholder with }")
                : Item.Text;
        }

        /// <summary>Brace groups clearly meant as a number placeholder that string.Format would reject: <c>{ 0}</c>, <c>{-1}</c>, <c>{+1}</c>.</summary>
        private static Item Odd(string text, int open)
        {
            int position = SkipSpaces(text, open + 1);
            bool spaceBefore = position > open + 1;
            char sign = position < text.Length && (text[position] == '-' || text[position] == '+') ? text[position] : '\0';
            position += sign != '\0' ? 1 : 0;
            int digitsStart = position;
            while (position < text.Length && IsDigit(text[position]))
            {
                position++;
            }

            if (position == digitsStart || (!spaceBefore && sign == '\0'))
            {
                return Item.Text;
            }

            position = SkipSpaces(text, position);
            if (position >= text.Length || text[position] != '}')
            {
                return Item.Text;
            }

            return sign == '-' ? Item.Malformed(position + 1, "a negative index", "number the placeholders from {0}")
                : sign == '+' ? Item.Malformed(position + 1, "a sign before the index", "remove the sign")
                : Item.Malformed(position + 1, "spaces inside the braces", "remove the spaces");
        }

        private static int? ClosesAt(string text, int position)
        {
            int close = text.IndexOf('}', position);
            int nextOpen = text.IndexOf('{', position);
            return close >= 0 && (nextOpen < 0 || close < nextOpen) ? close : null;
        }

        private static int SkipSpaces(string text, int position)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            return position;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>Letters, digits, underscores, and the hyphens and dots of names such as <c>user-id</c> or <c>request.path</c>.</summary>
        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }
}
