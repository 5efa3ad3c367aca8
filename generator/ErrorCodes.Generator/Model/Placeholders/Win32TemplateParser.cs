namespace ErrorCodes.Generator.Model.Placeholders
{
    /// <summary>
    /// Parses a message in the <c>win32</c> style, as Windows' FormatMessage reads message text (see the remarks of
    /// FormatMessage in the Windows SDK documentation): inserts <c>%1</c> to <c>%99</c>, each with an optional printf
    /// spec between exclamation marks (<c>%2!d!</c>, default <c>!s!</c>; no floating-point conversions); and the
    /// escapes <c>%0</c> (the message ends there), <c>%%</c>, <c>%n</c> (a line break, CR LF), <c>%r</c> (CR),
    /// <c>%t</c> (tab), a percent sign and a space (a space), <c>%.</c> and <c>%!</c>. Any other character after <c>%</c> is
    /// printed without the percent sign, as the documentation says; since that is rarely meant (<c>%s</c> in a win32
    /// file), it is reported.
    /// </summary>
    /// <remarks>
    /// A <c>*</c> width or precision takes its value from the insert numbers right after the insert's own, as with
    /// FormatMessage's argument array: <c>%1!*.*s! %4</c> reads the width from argument 1, the precision from 2, the
    /// string from 3, and <c>%4</c> is the next argument. Parameters are named after their insert numbers,
    /// <c>arg1</c>, <c>arg2</c>, ...; a number missing below the highest one is reported (as a warning that keeps the
    /// helper: Windows' own messages skip %1 at times) and still gets its parameter, so arguments keep their numbers.
    /// </remarks>
    internal static class Win32TemplateParser
    {
        public static ParsedMessage Parse(string template)
        {
            var builder = new MessageBuilder(template);
            var arguments = new PrintfTemplateParser.ArgumentSlots(builder);
            int position = 0;
            int end = template.Length;
            while (position < end)
            {
                int percent = template.IndexOf('%', position);
                if (percent < 0)
                {
                    break;
                }

                builder.Verbatim(position, percent);
                if (percent + 1 < template.Length && template[percent + 1] == '0')
                {
                    ReportTextAfterEnd(template, percent, builder);
                    position = end = percent + 2;
                    break;
                }

                position = ReadPercent(template, percent, builder, arguments);
            }

            builder.Verbatim(position, end);
            arguments.Finish(template, checkGaps: true, fillGaps: true);
            return builder.Build(PlaceholderStyle.Win32);
        }

        private static void ReportTextAfterEnd(string template, int percent, MessageBuilder builder)
        {
            if (percent + 2 < template.Length)
            {
                builder.Problem(
                    PlaceholderProblemKind.TextAfterEnd,
                    percent + 2,
                    template.Length - percent - 2,
                    "FormatMessage stops at %0 and never prints the text after it",
                    "move %0 to the end of the message, or remove the text after it",
                    dropsHelper: false);
            }
        }

        /// <summary>Reads the stray <c>%</c>, insert or escape at <paramref name="percent"/> (not <c>%0</c>); returns where the text after it starts.</summary>
        private static int ReadPercent(string template, int percent, MessageBuilder builder, PrintfTemplateParser.ArgumentSlots arguments)
        {
            if (percent + 1 >= template.Length)
            {
                builder.TrailingPercent(percent);
                return percent + 1;
            }

            char next = template[percent + 1];
            if (next >= '1' && next <= '9')
            {
                return ReadInsert(template, percent, builder, arguments);
            }

            string? escape = Escape(next);
            if (escape is null)
            {
                builder.Problem(
                    PlaceholderProblemKind.StrayPercent,
                    percent,
                    2,
                    "FormatMessage prints '%" + next + "' as '" + next + "', without the percent sign",
                    "write %% for a percent sign, or set ErrorCodesPlaceholderStyle to printf if the file uses C printf",
                    dropsHelper: false);
                escape = next.ToString();
            }

            builder.Text(escape, percent, percent + 2);
            return percent + 2;
        }

        /// <summary>The escapes FormatMessage's documentation lists, other than <c>%0</c> and the inserts.</summary>
        private static string? Escape(char c) => c switch
        {
            '%' => "%",
            'n' => "\r\n",
            'r' => "\r",
            't' => "\t",
            ' ' => " ",
            '.' => ".",
            '!' => "!",
            _ => null,
        };

        private static int ReadInsert(string template, int percent, MessageBuilder builder, PrintfTemplateParser.ArgumentSlots arguments)
        {
            // One or two digits: %100 is insert 10 followed by the text 0.
            int position = percent + 2;
            int number = template[percent + 1] - '0';
            if (position < template.Length && template[position] >= '0' && template[position] <= '9')
            {
                number = (number * 10) + (template[position] - '0');
                position++;
            }

            var spec = new PrintfSpecReader.Spec(string.Empty, -1, -1, default, default, 's', true, position);
            if (position < template.Length && template[position] == '!')
            {
                int close = template.IndexOf('!', position + 1);
                PrintfSpecReader.Spec written = close < 0 ? default : PrintfSpecReader.Read(template, position + 1);
                bool valid = close >= 0 && written.Known && written.End == close && written.WidthStar.Position == 0 && written.PrecisionStar.Position == 0;
                valid = valid && "fFeEgG".IndexOf(written.Conversion) < 0;
                if (!valid)
                {
                    return KeepInsertAsText(template, percent, close, builder);
                }

                spec = written with { End = close + 1 };
            }

            int length = spec.End - percent;
            int slot = number;
            int widthParameter = spec.WidthStar.Present ? arguments.Take(slot++, ParameterKind.StarInt, percent, length) : -1;
            int precisionParameter = spec.PrecisionStar.Present ? arguments.Take(slot++, ParameterKind.StarInt, percent, length) : -1;
            int parameter = arguments.Take(slot, PrintfSpecReader.KindOf(spec.Conversion), percent, length);
            builder.Placeholder(PrintfSpecReader.Part(template, percent, length, spec, parameter, widthParameter, precisionParameter));
            return spec.End;
        }

        /// <summary>Reports an insert whose format FormatMessage cannot use, keeps it as text, and returns where the text after it starts.</summary>
        private static int KeepInsertAsText(string template, int percent, int close, MessageBuilder builder)
        {
            int stop = close < 0 ? template.Length : close + 1;
            builder.Problem(
                PlaceholderProblemKind.UnknownConversion,
                percent,
                stop - percent,
                "'" + template.Substring(percent, stop - percent) + "' is not an insert FormatMessage can format; it stays text",
                close < 0
                    ? "close the format with ! (%1!d!)"
                    : "use one of the conversions d i u x X o c s between the exclamation marks; FormatMessage has no floating-point ones",
                dropsHelper: false);
            builder.Verbatim(percent, stop);
            return stop;
        }
    }
}
