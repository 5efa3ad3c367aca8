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
            var parameters = new ItemParameters(builder);
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
                int parameter = parameters.Take(item, position);
                builder.Placeholder(PlaceholderPart(template, position, item, parameter));
                position = item.End;
                textStart = position;
            }

            builder.Verbatim(textStart, template.Length);
            parameters.Finish(template);
            return builder.Build(PlaceholderStyle.DotNet);
        }

        private static MessagePart PlaceholderPart(string template, int open, Item item, int parameter) => new MessagePart(
            MessagePartKind.Placeholder,
            template.Substring(open, item.End - open),
            open,
            item.End - open,
            parameter,
            item.Alignment,
            item.Format,
            string.Empty,
            -1,
            -1,
            '\0',
            -1,
            -1);

        /// <summary>
        /// Hands out the placeholders' parameters: a named one gets the next parameter the first time its name
        /// appears; a numbered one keeps its number until <see cref="Finish"/> knows all the numbers.
        /// </summary>
        private sealed class ItemParameters
        {
            private readonly MessageBuilder _builder;
            private readonly SortedSet<int> _numbers = new SortedSet<int>();
            private readonly Dictionary<string, int> _named = new Dictionary<string, int>(System.StringComparer.Ordinal);
            private readonly Dictionary<string, string> _nameOfIdentifier = new Dictionary<string, string>(System.StringComparer.Ordinal);
            private int _firstNumbered = -1;
            private int _firstNamed = -1;

            public ItemParameters(MessageBuilder builder)
            {
                _builder = builder;
            }

            /// <summary>The parameter of the placeholder at <paramref name="open"/>: its index, or its number while numbers are not yet known.</summary>
            public int Take(Item item, int open)
            {
                if (item.Name is null)
                {
                    // Numbered placeholders take parameters by number, not by order of appearance ({1} {0} has
                    // arg0, arg1): the part holds the number until all numbers are known.
                    _firstNumbered = _firstNumbered < 0 ? open : _firstNumbered;
                    _numbers.Add(item.Index);
                    return item.Index;
                }

                _firstNamed = _firstNamed < 0 ? open : _firstNamed;
                return _named.TryGetValue(item.Name, out int parameter) ? parameter : AddNamed(item.Name, open, item.End - open);
            }

            /// <summary>Checks the numbers and turns each numbered part's number into its parameter's index.</summary>
            public void Finish(string template)
            {
                if (_numbers.Count == 0)
                {
                    return;
                }

                if (_firstNamed >= 0)
                {
                    ReportMixed(template);
                }

                ReportGap(template);
                var rank = new Dictionary<int, int>();
                foreach (int index in _numbers)
                {
                    rank.Add(index, _builder.Parameters.Count);
                    _builder.Parameters.Add(new MessageParameter(ParameterNames.Numbered(index), index.ToString(CultureInfo.InvariantCulture), ParameterKind.Generic));
                }

                _builder.RenumberPlaceholders(part => IsDigit(part.Text[1]) ? rank[part.Parameter] : part.Parameter);
            }

            private int AddNamed(string name, int start, int length)
            {
                string identifier = ParameterNames.FromName(name);
                if (_nameOfIdentifier.TryGetValue(identifier, out string? other))
                {
                    _builder.Problem(
                        PlaceholderProblemKind.DuplicateIdentifier,
                        start,
                        length,
                        "{" + name + "} and {" + other + "} both make the parameter name '" + identifier + "'",
                        "use one spelling of the name for both",
                        dropsHelper: true);
                }
                else
                {
                    _nameOfIdentifier.Add(identifier, name);
                }

                int parameter = _builder.Parameters.Count;
                _builder.Parameters.Add(new MessageParameter(identifier, name, ParameterKind.Generic));
                _named.Add(name, parameter);
                return parameter;
            }

            private void ReportMixed(string template)
            {
                int start = System.Math.Max(_firstNumbered, _firstNamed);
                _builder.Problem(
                    PlaceholderProblemKind.MixedNumberedAndNamed,
                    start,
                    template.IndexOf('}', start) + 1 - start,
                    "the message mixes numbered placeholders ({0}) and named ones ({name})",
                    "use names for all of them, or numbers for all of them",
                    dropsHelper: true);
            }

            private void ReportGap(string template)
            {
                int expected = 0;
                foreach (int index in _numbers)
                {
                    if (index != expected)
                    {
                        _builder.Problem(
                            PlaceholderProblemKind.GapInNumbers,
                            0,
                            template.Length,
                            "placeholder {" + expected.ToString(CultureInfo.InvariantCulture) + "} is missing below {" + index.ToString(CultureInfo.InvariantCulture) + "}",
                            "number the placeholders from {0} without a gap",
                            dropsHelper: true);
                        return;
                    }

                    expected++;
                }
            }
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

        /// <summary>
        /// Reads the brace group at <paramref name="open"/>: the index or name, then the alignment, then the format,
        /// then the closing brace. Any step can find that the group is text, or a malformed placeholder, instead.
        /// </summary>
        private static Item ReadItem(string text, int open)
        {
            int position = open + 1;
            int index = -1;
            string? name = null;
            if (position < text.Length && IsDigit(text[position]))
            {
                if (!TryReadIndex(text, ref position, out index, out Item otherwise))
                {
                    return otherwise;
                }
            }
            else if (position < text.Length && (char.IsLetter(text[position]) || text[position] == '_'))
            {
                int nameStart = position;
                position = SkipNameChars(text, position);
                name = text.Substring(nameStart, position - nameStart);
            }
            else
            {
                return Odd(text, open);
            }

            int alignment = 0;
            if (position < text.Length && text[position] == ',')
            {
                if (!TryReadAlignment(text, ref position, name is not null, out alignment, out Item otherwise))
                {
                    return otherwise;
                }
            }

            string? format = null;
            if (position < text.Length && text[position] == ':')
            {
                if (!TryReadFormat(text, ref position, name is not null, out format, out Item otherwise))
                {
                    return otherwise;
                }
            }

            return ReadClosingBrace(text, position, index, name, alignment, format);
        }

        /// <summary>Reads the digits of a number placeholder; <paramref name="otherwise"/> is the item when there are too many.</summary>
        private static bool TryReadIndex(string text, ref int position, out int index, out Item otherwise)
        {
            int digitsStart = position;
            position = SkipDigits(text, position);
            if (position - digitsStart > MaxIndexDigits)
            {
                index = -1;
                otherwise = ClosesAt(text, position) is int close
                    ? Item.Malformed(close + 1, "an index of more than four digits", "use an index from 0 to 9999")
                    : Item.Text;
                return false;
            }

            index = int.Parse(text.Substring(digitsStart, position - digitsStart), CultureInfo.InvariantCulture);
            otherwise = default;
            return true;
        }

        /// <summary>Reads <c>,5</c> or <c>, -5 </c> at the comma; <paramref name="otherwise"/> is the item when it is not an alignment.</summary>
        private static bool TryReadAlignment(string text, ref int position, bool named, out int alignment, out Item otherwise)
        {
            int alignmentStart = position;
            position = SkipSpaces(text, position + 1);
            bool negative = position < text.Length && text[position] == '-';
            position += negative ? 1 : 0;
            int digitsStart = position;
            position = SkipDigits(text, position);
            int digits = position - digitsStart;
            position = SkipSpaces(text, position);
            alignment = 0;
            if (digits == 0 || digits > MaxAlignmentDigits || position >= text.Length || (text[position] != '}' && text[position] != ':'))
            {
                if (named)
                {
                    // Prose such as {red, green}: only a number was clearly meant as a placeholder.
                    otherwise = Item.Text;
                }
                else
                {
                    otherwise = ClosesAt(text, alignmentStart) is int close
                        ? Item.Malformed(close + 1, "an alignment that is not a whole number below a million", "write the alignment as a number, {0,5} or {0,-5}")
                        : Item.Text;
                }

                return false;
            }

            alignment = int.Parse(text.Substring(digitsStart, digits), CultureInfo.InvariantCulture) * (negative ? -1 : 1);
            otherwise = default;
            return true;
        }

        /// <summary>Reads the format from the colon to the closing brace; <paramref name="otherwise"/> is the item when it is not a format.</summary>
        private static bool TryReadFormat(string text, ref int position, bool named, out string? format, out Item otherwise)
        {
            int formatStart = position + 1;
            format = null;
            if (ClosesAt(text, formatStart) is not int close)
            {
                int nextOpen = text.IndexOf('{', formatStart);
                otherwise = named
                    ? Item.Text
                    : Item.Malformed(nextOpen >= 0 ? nextOpen : text.Length, "a brace that is never closed", "close the placeholder with }");
                return false;
            }

            format = text.Substring(formatStart, close - formatStart);
            if (named && format.Length > 0 && char.IsWhiteSpace(format[0]))
            {
                // {note: see below} is prose; a format right after the colon ({when:yyyy-MM-dd}) is not.
                otherwise = Item.Text;
                return false;
            }

            position = close;
            otherwise = default;
            return true;
        }

        /// <summary>The item when its closing brace is at <paramref name="position"/>; otherwise text, or the reason a number placeholder is malformed.</summary>
        private static Item ReadClosingBrace(string text, int position, int index, string? name, int alignment, string? format)
        {
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

            return ClosesAt(text, position) is null
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
            position = SkipDigits(text, position);
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

        /// <summary>The first <c>}</c> from <paramref name="position"/> when no <c>{</c> comes before it; otherwise null.</summary>
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

        private static int SkipDigits(string text, int position)
        {
            while (position < text.Length && IsDigit(text[position]))
            {
                position++;
            }

            return position;
        }

        private static int SkipNameChars(string text, int position)
        {
            while (position < text.Length && IsNameChar(text[position]))
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
