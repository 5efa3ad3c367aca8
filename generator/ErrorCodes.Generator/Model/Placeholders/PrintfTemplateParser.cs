using System.Collections.Generic;
using System.Globalization;

namespace ErrorCodes.Generator.Model.Placeholders
{
    /// <summary>
    /// Parses a message in the <c>printf</c> style, as C's printf reads its format: <c>%%</c>; conversions
    /// <c>d i u x X o c s f F e E g G</c> with flags, width, precision, <c>*</c> and length modifiers; positional
    /// <c>%1$s</c> and <c>*2$</c>. Parameters follow C's argument order (a <c>*</c> width, then a <c>*</c>
    /// precision, then the value) and are named <c>arg1</c>, <c>arg2</c>, ... by argument number. A conversion C does
    /// not have (<c>%v</c>) stays text and is reported.
    /// </summary>
    internal static class PrintfTemplateParser
    {
        public static ParsedMessage Parse(string template)
        {
            var builder = new MessageBuilder(template);
            var arguments = new ArgumentSlots(builder);
            var numbering = new ArgumentNumbering();
            int position = 0;
            while (position < template.Length)
            {
                int percent = template.IndexOf('%', position);
                if (percent < 0)
                {
                    break;
                }

                builder.Verbatim(position, percent);
                position = ReadPercent(template, percent, builder, arguments, numbering);
            }

            builder.Verbatim(position, template.Length);
            numbering.ReportMixed(builder);
            arguments.Finish(template, checkGaps: numbering.OnlyPositional);
            return builder.Build(PlaceholderStyle.Printf);
        }

        /// <summary>Reads the <c>%%</c>, stray <c>%</c> or conversion at <paramref name="percent"/>; returns where the text after it starts.</summary>
        private static int ReadPercent(string template, int percent, MessageBuilder builder, ArgumentSlots arguments, ArgumentNumbering numbering)
        {
            if (percent + 1 < template.Length && template[percent + 1] == '%')
            {
                builder.Text("%", percent, percent + 2);
                return percent + 2;
            }

            if (percent + 1 >= template.Length)
            {
                builder.TrailingPercent(percent);
                return percent + 1;
            }

            int specStart = percent + 1;
            int argumentNumber = PrintfSpecReader.ReadPosition(template, ref specStart);
            PrintfSpecReader.Spec spec = PrintfSpecReader.Read(template, specStart);
            if (!spec.Known)
            {
                KeepUnknownConversion(template, percent, spec.End, builder);
                return spec.End;
            }

            numbering.Note(percent, argumentNumber, spec);

            // C's order: the * width's argument, then the * precision's, then the value's.
            int length = spec.End - percent;
            int widthParameter = spec.WidthStar.Present ? arguments.Take(spec.WidthStar.Position, ParameterKind.StarInt, percent, length) : -1;
            int precisionParameter = spec.PrecisionStar.Present ? arguments.Take(spec.PrecisionStar.Position, ParameterKind.StarInt, percent, length) : -1;
            int parameter = arguments.Take(argumentNumber, PrintfSpecReader.KindOf(spec.Conversion), percent, length);
            builder.Placeholder(PrintfSpecReader.Part(template, percent, length, spec, parameter, widthParameter, precisionParameter));
            return spec.End;
        }

        private static void KeepUnknownConversion(string template, int percent, int end, MessageBuilder builder)
        {
            string written = template.Substring(percent, end - percent);
            builder.Problem(
                PlaceholderProblemKind.UnknownConversion,
                percent,
                end - percent,
                "'" + written + "' is not a C printf conversion; it stays text",
                "use one of %d %i %u %x %X %o %c %s %f %F %e %E %g %G, or write %% for a percent sign",
                dropsHelper: false);
            builder.Verbatim(percent, end);
        }

        /// <summary>Where the first numbered conversion (<c>%1$s</c>, <c>%*2$d</c>) and the first unnumbered one are: C does not allow both in one format.</summary>
        private sealed class ArgumentNumbering
        {
            private int _firstPositional = -1;
            private int _firstSequential = -1;

            /// <summary>Whether every conversion is numbered; only then is a number that nothing uses a gap.</summary>
            public bool OnlyPositional => _firstPositional >= 0 && _firstSequential < 0;

            public void Note(int percent, int argumentNumber, PrintfSpecReader.Spec spec)
            {
                bool positional = argumentNumber > 0 || spec.WidthStar.Position > 0 || spec.PrecisionStar.Position > 0;
                bool sequential = argumentNumber == 0
                    || (spec.WidthStar.Present && spec.WidthStar.Position == 0)
                    || (spec.PrecisionStar.Present && spec.PrecisionStar.Position == 0);
                if (positional)
                {
                    _firstPositional = _firstPositional < 0 ? percent : _firstPositional;
                }

                if (sequential)
                {
                    _firstSequential = _firstSequential < 0 ? percent : _firstSequential;
                }
            }

            public void ReportMixed(MessageBuilder builder)
            {
                if (_firstPositional < 0 || _firstSequential < 0)
                {
                    return;
                }

                int start = System.Math.Max(_firstPositional, _firstSequential);
                builder.Problem(
                    PlaceholderProblemKind.MixedPositionalAndSequential,
                    start,
                    1,
                    "the message mixes numbered conversions (%1$s) and unnumbered ones (%s), which C does not allow",
                    "number every conversion and every * (%1$s, %2$*3$d), or none",
                    dropsHelper: true);
            }
        }

        /// <summary>
        /// Hands out argument numbers: the next one for an unnumbered conversion, the written one for a numbered one.
        /// Parameters are made in argument order once all are known, so <c>%2$s %1$d</c> has <c>arg1</c> (an integer)
        /// first.
        /// </summary>
        internal sealed class ArgumentSlots
        {
            private readonly MessageBuilder _builder;
            private readonly SortedDictionary<int, ParameterKind> _kinds = new SortedDictionary<int, ParameterKind>();
            private readonly List<KeyValuePair<int, int>> _conflicts = new List<KeyValuePair<int, int>>();
            private int _next = 1;

            public ArgumentSlots(MessageBuilder builder)
            {
                _builder = builder;
            }

            /// <summary>Claims argument <paramref name="number"/> (or the next one when 0) for <paramref name="kind"/>; returns the number, made an index by <see cref="Finish"/>.</summary>
            public int Take(int number, ParameterKind kind, int start, int length)
            {
                if (number == 0)
                {
                    number = _next++;
                }

                if (_kinds.TryGetValue(number, out ParameterKind existing))
                {
                    if (existing != kind)
                    {
                        _builder.Problem(
                            PlaceholderProblemKind.ConflictingTypes,
                            start,
                            length,
                            "argument " + number.ToString(CultureInfo.InvariantCulture) + " is read as " + Describe(existing) + " and as " + Describe(kind),
                            "use one conversion type for each argument",
                            dropsHelper: true);
                    }
                }
                else
                {
                    _kinds.Add(number, kind);
                }

                return number;
            }

            /// <summary>
            /// Makes the parameters, reports numbers that nothing uses, and turns the parts' argument numbers into
            /// parameter indexes. With <paramref name="fillGaps"/> (FormatMessage, whose system messages do skip
            /// inserts: <c>Driver %2 returned invalid ID for a child device (%3).</c>) a missing number becomes a
            /// generic parameter that nothing prints, so the helper's arguments keep the insert numbers, and the gap
            /// is reported without dropping the helper; otherwise (printf's numbered arguments) it drops the helper.
            /// </summary>
            public void Finish(string template, bool checkGaps, bool fillGaps = false)
            {
                var index = new Dictionary<int, int>();
                int expected = 1;
                foreach (KeyValuePair<int, ParameterKind> argument in _kinds)
                {
                    if (checkGaps && argument.Key != expected)
                    {
                        _builder.Problem(
                            PlaceholderProblemKind.GapInNumbers,
                            0,
                            template.Length,
                            "argument " + expected.ToString(CultureInfo.InvariantCulture) + " is never used, though argument " + argument.Key.ToString(CultureInfo.InvariantCulture) + " is",
                            fillGaps ? "use every insert from %1 up, or leave it so if the caller passes the unused arguments too" : "number the arguments from 1 without a gap",
                            dropsHelper: !fillGaps);
                        checkGaps = false;
                    }

                    for (; fillGaps && expected < argument.Key; expected++)
                    {
                        _builder.Parameters.Add(new MessageParameter(
                            ParameterNames.Numbered(expected),
                            expected.ToString(CultureInfo.InvariantCulture),
                            ParameterKind.Generic));
                    }

                    expected = argument.Key + 1;
                    index.Add(argument.Key, _builder.Parameters.Count);
                    _builder.Parameters.Add(new MessageParameter(
                        ParameterNames.Numbered(argument.Key),
                        argument.Key.ToString(CultureInfo.InvariantCulture),
                        argument.Value));
                }

                _builder.RenumberPlaceholders(part => index[part.Parameter]);
                _builder.RenumberStars(number => index[number]);
            }

            private static string Describe(ParameterKind kind) => kind switch
            {
                ParameterKind.Integer => "a signed integer",
                ParameterKind.UnsignedInteger => "an unsigned integer",
                ParameterKind.Floating => "a floating-point number",
                ParameterKind.Char => "a character",
                ParameterKind.StarInt => "a * width or precision",
                _ => "a string or any value",
            };
        }
    }
}
