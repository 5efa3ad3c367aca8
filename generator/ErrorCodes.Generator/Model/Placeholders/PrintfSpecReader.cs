using System.Globalization;

namespace ErrorCodes.Generator.Model.Placeholders
{
    /// <summary>
    /// Reads the part of a C conversion spec after its <c>%</c> (and after a <c>N$</c> position): flags, width,
    /// precision, length modifier and conversion letter. Shared by printf and by FormatMessage's <c>!spec!</c> inserts.
    /// </summary>
    internal static class PrintfSpecReader
    {
        public const string Conversions = "diuxXocsfFeEgG";

        /// <summary>Reads a spec from <paramref name="position"/>; <see cref="Spec.End"/> is just past its conversion letter (or where reading stopped).</summary>
        public static Spec Read(string text, int position)
        {
            int start = position;
            while (position < text.Length && "-+ 0#".IndexOf(text[position]) >= 0)
            {
                position++;
            }

            string flags = text.Substring(start, position - start);
            int width = -1;
            Star widthStar = default;
            if (position < text.Length && text[position] == '*')
            {
                widthStar = ReadStar(text, ref position);
            }
            else
            {
                width = ReadNumber(text, ref position);
            }

            int precision = -1;
            Star precisionStar = default;
            if (position < text.Length && text[position] == '.')
            {
                position++;
                if (position < text.Length && text[position] == '*')
                {
                    precisionStar = ReadStar(text, ref position);
                }
                else
                {
                    // A lone dot is precision 0, as in C.
                    precision = System.Math.Max(0, ReadNumber(text, ref position));
                }
            }

            position = SkipLength(text, position);
            char conversion = position < text.Length ? text[position] : '\0';
            bool known = conversion != '\0' && Conversions.IndexOf(conversion) >= 0;
            return new Spec(flags, width, precision, widthStar, precisionStar, conversion, known, System.Math.Min(position + 1, text.Length));
        }

        /// <summary>The kind of value a conversion letter takes.</summary>
        public static ParameterKind KindOf(char conversion) => conversion switch
        {
            'd' or 'i' => ParameterKind.Integer,
            'u' or 'x' or 'X' or 'o' => ParameterKind.UnsignedInteger,
            'f' or 'F' or 'e' or 'E' or 'g' or 'G' => ParameterKind.Floating,
            'c' => ParameterKind.Char,
            _ => ParameterKind.Generic,
        };

        /// <summary>Reads a position <c>N$</c> at <paramref name="position"/>; 0 when there is none.</summary>
        public static int ReadPosition(string text, ref int position)
        {
            int digits = position;
            while (digits < text.Length && text[digits] >= '0' && text[digits] <= '9' && digits - position < 4)
            {
                digits++;
            }

            if (digits == position || digits >= text.Length || text[digits] != '$')
            {
                return 0;
            }

            int number = int.Parse(text.Substring(position, digits - position), CultureInfo.InvariantCulture);
            position = digits + 1;
            return number;
        }

        private static Star ReadStar(string text, ref int position)
        {
            position++;
            int starPosition = ReadPosition(text, ref position);
            return new Star(true, starPosition);
        }

        private static int ReadNumber(string text, ref int position)
        {
            int start = position;
            long value = 0;
            while (position < text.Length && text[position] >= '0' && text[position] <= '9')
            {
                value = System.Math.Min(int.MaxValue, (value * 10) + (text[position] - '0'));
                position++;
            }

            return position == start ? -1 : (int)value;
        }

        /// <summary>
        /// Skips C's length modifiers (<c>hh h ll l L q j z t</c>) and Microsoft's (<c>I64 I32 I w</c>, which SQL
        /// Server's and Windows' messages use). They say how wide the argument is in C; a helper's parameter already
        /// has its type, so they change nothing here.
        /// </summary>
        private static int SkipLength(string text, int position)
        {
            if (position >= text.Length)
            {
                return position;
            }

            string rest = text.Substring(position, System.Math.Min(3, text.Length - position));
            if (rest.StartsWith("I64", System.StringComparison.Ordinal) || rest.StartsWith("I32", System.StringComparison.Ordinal))
            {
                return position + 3;
            }

            if (rest.StartsWith("hh", System.StringComparison.Ordinal) || rest.StartsWith("ll", System.StringComparison.Ordinal))
            {
                return position + 2;
            }

            return "hlLqjztIw".IndexOf(text[position]) >= 0 ? position + 1 : position;
        }

        /// <summary>
        /// The placeholder part of a spec that starts at <paramref name="percent"/> and is <paramref name="length"/>
        /// characters long, with the parameters that fill its value, width and precision (-1 for no <c>*</c>);
        /// printf and FormatMessage inserts are the same part once their argument numbers are known.
        /// </summary>
        public static MessagePart Part(string template, int percent, int length, Spec spec, int parameter, int widthParameter, int precisionParameter)
            => new MessagePart(
                MessagePartKind.Placeholder,
                template.Substring(percent, length),
                percent,
                length,
                parameter,
                0,
                null,
                spec.Flags,
                spec.Width,
                spec.Precision,
                spec.Conversion,
                widthParameter,
                precisionParameter);

        internal readonly record struct Star(bool Present, int Position);

        internal readonly record struct Spec(
            string Flags,
            int Width,
            int Precision,
            Star WidthStar,
            Star PrecisionStar,
            char Conversion,
            bool Known,
            int End);
    }
}
