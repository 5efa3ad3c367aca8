using System;
using System.Globalization;

namespace ErrorCodes
{
    /// <summary>The flags of a C printf conversion spec.</summary>
    [Flags]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "C's standard calls these characters the flags of a conversion spec; the name says which they are.")]
    public enum PrintfFlags
    {
        /// <summary>No flag.</summary>
        None = 0,

        /// <summary><c>-</c>: pad on the right instead of the left.</summary>
        LeftAlign = 1,

        /// <summary><c>+</c>: a plus sign before a non-negative signed number.</summary>
        Plus = 2,

        /// <summary>A space: a space before a non-negative signed number when there is no <c>+</c>.</summary>
        Space = 4,

        /// <summary><c>0</c>: pad numbers with zeros after the sign.</summary>
        Zero = 8,

        /// <summary><c>#</c>: the alternate form (<c>0x</c>, a leading <c>0</c> in octal, a decimal point and trailing zeros kept).</summary>
        Alternate = 16,
    }

    /// <summary>
    /// One C printf conversion spec, such as <c>%-.200s</c> or <c>%08.3f</c>: flags, width, precision and conversion
    /// letter. Length modifiers (<c>l</c>, <c>hh</c>, <c>z</c>, ...) are read and ignored: the argument's C# type
    /// says how wide it is.
    /// </summary>
    public readonly struct PrintfSpec : IEquatable<PrintfSpec>
    {
        /// <summary>Creates a spec from its parts.</summary>
        /// <param name="flags">The flags.</param>
        /// <param name="width">The minimum width, or -1 for none.</param>
        /// <param name="precision">The precision, or -1 for none.</param>
        /// <param name="conversion">The conversion letter: one of <c>d i u x X o c s f F e E g G</c>.</param>
        public PrintfSpec(PrintfFlags flags, int width, int precision, char conversion)
            : this(flags, width, precision, conversion, widthFromArgument: false, precisionFromArgument: false)
        {
        }

        private PrintfSpec(PrintfFlags flags, int width, int precision, char conversion, bool widthFromArgument, bool precisionFromArgument)
        {
            Flags = flags;
            Width = width;
            Precision = precision;
            Conversion = conversion;
            WidthFromArgument = widthFromArgument;
            PrecisionFromArgument = precisionFromArgument;
        }

        /// <summary>The flags.</summary>
        public PrintfFlags Flags { get; }

        /// <summary>The minimum width, or -1 for none.</summary>
        public int Width { get; }

        /// <summary>The precision, or -1 for none.</summary>
        public int Precision { get; }

        /// <summary>The conversion letter.</summary>
        public char Conversion { get; }

        /// <summary>Whether the width is written <c>*</c> and not yet set by <see cref="WithWidth(int)"/>.</summary>
        public bool WidthFromArgument { get; }

        /// <summary>Whether the precision is written <c>*</c> and not yet set by <see cref="WithPrecision(int)"/>.</summary>
        public bool PrecisionFromArgument { get; }

        /// <summary>
        /// Reads a spec written as in C, with or without its leading <c>%</c>: <c>%-.200s</c>, <c>5d</c>,
        /// <c>%lu</c>, <c>%.*s</c>. A <c>*</c> width or precision is marked (<see cref="WidthFromArgument"/>,
        /// <see cref="PrecisionFromArgument"/>) until <see cref="WithWidth(int)"/> or <see cref="WithPrecision(int)"/> sets it.
        /// </summary>
        /// <param name="spec">The spec.</param>
        /// <returns>The spec's parts.</returns>
        /// <exception cref="FormatException">The text is not one conversion spec.</exception>
        public static PrintfSpec Parse(string spec)
        {
            if (spec is null)
            {
                throw new ArgumentNullException(nameof(spec));
            }

            int position = spec.Length > 0 && spec[0] == '%' ? 1 : 0;
            PrintfFlags flags = PrintfFlags.None;
            for (; position < spec.Length; position++)
            {
                PrintfFlags flag = spec[position] switch
                {
                    '-' => PrintfFlags.LeftAlign,
                    '+' => PrintfFlags.Plus,
                    ' ' => PrintfFlags.Space,
                    '0' => PrintfFlags.Zero,
                    '#' => PrintfFlags.Alternate,
                    _ => PrintfFlags.None,
                };
                if (flag == PrintfFlags.None)
                {
                    break;
                }

                flags |= flag;
            }

            bool widthFromArgument = position < spec.Length && spec[position] == '*';
            int width = ReadNumberOrStar(spec, ref position);
            int precision = -1;
            bool precisionFromArgument = false;
            if (position < spec.Length && spec[position] == '.')
            {
                position++;
                precisionFromArgument = position < spec.Length && spec[position] == '*';
                precision = precisionFromArgument ? -1 : Math.Max(0, ReadNumberOrStar(spec, ref position));
                position += precisionFromArgument ? 1 : 0;
            }

            while (position < spec.Length - 1 && "hlLqjztIw".IndexOf(spec[position]) >= 0)
            {
                bool microsoftWidth = spec[position] == 'I' && position + 2 < spec.Length
                    && (string.CompareOrdinal(spec, position + 1, "64", 0, 2) == 0 || string.CompareOrdinal(spec, position + 1, "32", 0, 2) == 0);
                position += microsoftWidth ? 3 : 1;
            }

            if (position != spec.Length - 1 || "diuxXocsfFeEgG".IndexOf(spec[position]) < 0)
            {
                throw new FormatException("'" + spec + "' is not a printf conversion spec.");
            }

            return new PrintfSpec(flags, width, precision, spec[position], widthFromArgument, precisionFromArgument);
        }

        /// <summary>The spec with the width a <c>*</c> takes; a negative width means the <c>-</c> flag and its absolute value, as in C.</summary>
        /// <param name="width">The width argument.</param>
        /// <returns>The spec with that width.</returns>
        public PrintfSpec WithWidth(int width) => width < 0
            ? new PrintfSpec(Flags | PrintfFlags.LeftAlign, width == int.MinValue ? int.MaxValue : -width, Precision, Conversion, false, PrecisionFromArgument)
            : new PrintfSpec(Flags, width, Precision, Conversion, false, PrecisionFromArgument);

        /// <summary>The spec with the precision a <c>*</c> takes; a negative precision means none, as in C.</summary>
        /// <param name="precision">The precision argument.</param>
        /// <returns>The spec with that precision.</returns>
        public PrintfSpec WithPrecision(int precision) => new PrintfSpec(Flags, Width, precision < 0 ? -1 : precision, Conversion, WidthFromArgument, false);

        /// <inheritdoc/>
        public bool Equals(PrintfSpec other)
            => Flags == other.Flags && Width == other.Width && Precision == other.Precision && Conversion == other.Conversion
               && WidthFromArgument == other.WidthFromArgument && PrecisionFromArgument == other.PrecisionFromArgument;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is PrintfSpec other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => ((((int)Flags * 397) ^ Width) * 397 ^ Precision) * 397 ^ Conversion;

        /// <summary>The spec as C writes it, flags in the order <c>-+ 0#</c>: <c>%-.200s</c>.</summary>
        /// <returns>The spec's text.</returns>
        public override string ToString()
        {
            string flags = ((Flags & PrintfFlags.LeftAlign) != 0 ? "-" : string.Empty)
                + ((Flags & PrintfFlags.Plus) != 0 ? "+" : string.Empty)
                + ((Flags & PrintfFlags.Space) != 0 ? " " : string.Empty)
                + ((Flags & PrintfFlags.Zero) != 0 ? "0" : string.Empty)
                + ((Flags & PrintfFlags.Alternate) != 0 ? "#" : string.Empty);
            return "%" + flags
                + (WidthFromArgument ? "*" : Width >= 0 ? Width.ToString(CultureInfo.InvariantCulture) : string.Empty)
                + (PrecisionFromArgument ? ".*" : Precision >= 0 ? "." + Precision.ToString(CultureInfo.InvariantCulture) : string.Empty)
                + Conversion;
        }

        /// <summary>Whether two specs are the same.</summary>
        /// <param name="left">One spec.</param>
        /// <param name="right">The other.</param>
        /// <returns><see langword="true"/> when they are equal.</returns>
        public static bool operator ==(PrintfSpec left, PrintfSpec right) => left.Equals(right);

        /// <summary>Whether two specs differ.</summary>
        /// <param name="left">One spec.</param>
        /// <param name="right">The other.</param>
        /// <returns><see langword="true"/> when they differ.</returns>
        public static bool operator !=(PrintfSpec left, PrintfSpec right) => !left.Equals(right);

        private static int ReadNumberOrStar(string spec, ref int position)
        {
            if (position < spec.Length && spec[position] == '*')
            {
                position++;
                return -1;
            }

            int start = position;
            long value = 0;
            while (position < spec.Length && spec[position] >= '0' && spec[position] <= '9')
            {
                value = Math.Min(int.MaxValue, (value * 10) + (spec[position] - '0'));
                position++;
            }

            return position == start ? -1 : (int)value;
        }
    }
}
