using System;
using System.Globalization;
using System.Text;

namespace ErrorCodes
{
    /// <summary>
    /// Formats one value per a C printf conversion spec, exactly as C's printf does in the C locale (glibc's output
    /// is the reference): integers with flags, width and precision; <c>%u</c>, <c>%x</c> and <c>%o</c> of a negative
    /// value at the width of its C# type (an <see cref="int"/> -1 is <c>ffffffff</c>, a <see cref="long"/> -1 is
    /// <c>ffffffffffffffff</c>); floating-point numbers rounded from their exact binary value, ties to even, with
    /// <c>inf</c> and <c>nan</c> (signed as the value's sign bit is); <c>%c</c>; and <c>%s</c> cut to the precision.
    /// Generated format helpers of <c>printf</c> and <c>win32</c> catalogs call it.
    /// </summary>
    public static class PrintfFormatter
    {
        /// <summary>Formats a C <c>int</c>.</summary>
        /// <param name="spec">The spec, such as <c>%5d</c>.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        public static string Format(string spec, int value) => Format(PrintfSpec.Parse(spec), value);

        /// <summary>Formats a C <c>long</c>.</summary>
        /// <param name="spec">The spec, such as <c>%ld</c>.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        public static string Format(string spec, long value) => Format(PrintfSpec.Parse(spec), value);

        /// <summary>Formats a C <c>unsigned int</c>.</summary>
        /// <param name="spec">The spec, such as <c>%u</c>.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        [CLSCompliant(false)]
        public static string Format(string spec, uint value) => Format(PrintfSpec.Parse(spec), value);

        /// <summary>Formats a C <c>unsigned long</c>.</summary>
        /// <param name="spec">The spec, such as <c>%lu</c>.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        [CLSCompliant(false)]
        public static string Format(string spec, ulong value) => Format(PrintfSpec.Parse(spec), value);

        /// <summary>Formats a C <c>double</c>.</summary>
        /// <param name="spec">The spec, such as <c>%.2f</c>.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        public static string Format(string spec, double value) => Format(PrintfSpec.Parse(spec), value);

        /// <summary>Formats a character.</summary>
        /// <param name="spec">The spec, such as <c>%c</c>.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        public static string Format(string spec, char value) => Format(PrintfSpec.Parse(spec), value);

        /// <summary>Formats a string; <see langword="null"/> is <c>(null)</c>, as glibc prints a null pointer.</summary>
        /// <param name="spec">The spec, such as <c>%-.200s</c>.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        public static string Format(string spec, string? value) => Format(PrintfSpec.Parse(spec), value);

        /// <inheritdoc cref="Format(string, int)"/>
        public static string Format(PrintfSpec spec, int value)
            => IsUnsigned(spec.Conversion) ? Format(spec, unchecked((uint)value)) : Format(spec, (long)value);

        /// <inheritdoc cref="Format(string, long)"/>
        public static string Format(PrintfSpec spec, long value)
        {
            if (IsUnsigned(spec.Conversion))
            {
                return Format(spec, unchecked((ulong)value));
            }

            return value < 0
                ? FormatInteger(spec, unchecked((ulong)(-(value + 1))) + 1, negative: true)
                : FormatInteger(spec, (ulong)value, negative: false);
        }

        /// <inheritdoc cref="Format(string, uint)"/>
        [CLSCompliant(false)]
        public static string Format(PrintfSpec spec, uint value)
            => IsUnsigned(spec.Conversion) || !IsInteger(spec.Conversion) ? Format(spec, (ulong)value) : Format(spec, unchecked((int)value));

        /// <inheritdoc cref="Format(string, ulong)"/>
        [CLSCompliant(false)]
        public static string Format(PrintfSpec spec, ulong value)
        {
            if (spec.Conversion == 'd' || spec.Conversion == 'i')
            {
                return Format(spec, unchecked((long)value));
            }

            return FormatInteger(spec, value, negative: false);
        }

        /// <inheritdoc cref="Format(string, double)"/>
        public static string Format(PrintfSpec spec, double value)
        {
            if (IsInteger(spec.Conversion))
            {
                // Not C (whose behaviour is undefined there); the nearest sensible text.
                return Format(spec, (long)value);
            }

            if (spec.Conversion == 's' || spec.Conversion == 'c')
            {
                return Format(spec, value.ToString("R", CultureInfo.InvariantCulture));
            }

            return FloatingFormatter.Format(spec, value);
        }

        /// <inheritdoc cref="Format(string, char)"/>
        public static string Format(PrintfSpec spec, char value)
        {
            if (IsInteger(spec.Conversion))
            {
                return Format(spec, (int)value);
            }

            return Pad(spec, value.ToString(), string.Empty, zeroPad: false);
        }

        /// <inheritdoc cref="Format(string, string)"/>
        public static string Format(PrintfSpec spec, string? value)
        {
            string text = value ?? (spec.Precision < 0 || spec.Precision >= 6 ? "(null)" : string.Empty);
            if (spec.Precision >= 0 && text.Length > spec.Precision)
            {
                // C counts bytes; here a character is a UTF-16 unit, and a surrogate pair is never cut in half.
                int length = spec.Precision;
                if (length > 0 && char.IsHighSurrogate(text[length - 1]))
                {
                    length--;
                }

                text = text.Substring(0, length);
            }

            return Pad(spec, text, string.Empty, zeroPad: false);
        }

        /// <summary>
        /// Formats any value: numbers and characters by their own overloads (without boxing), everything else as
        /// <c>%s</c> of its text in the invariant culture (C's locale).
        /// </summary>
        /// <typeparam name="T">The value's type.</typeparam>
        /// <param name="spec">The spec.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        public static string Format<T>(PrintfSpec spec, T value)
        {
            if (value is null)
            {
                return Format(spec, (string?)null);
            }

            if (typeof(T) == typeof(string))
            {
                return Format(spec, (string)(object)value);
            }

            if (typeof(T) == typeof(int))
            {
                return Format(spec, (int)(object)value);
            }

            if (typeof(T) == typeof(long))
            {
                return Format(spec, (long)(object)value);
            }

            if (typeof(T) == typeof(uint))
            {
                return Format(spec, (uint)(object)value);
            }

            if (typeof(T) == typeof(ulong))
            {
                return Format(spec, (ulong)(object)value);
            }

            if (typeof(T) == typeof(double))
            {
                return Format(spec, (double)(object)value);
            }

            if (typeof(T) == typeof(char))
            {
                return Format(spec, (char)(object)value);
            }

            return Format(spec, ErrorMessageFormatter.ToText(value, CultureInfo.InvariantCulture));
        }

        /// <inheritdoc cref="Format{T}(PrintfSpec, T)"/>
        public static string Format<T>(string spec, T value) => Format(PrintfSpec.Parse(spec), value);

        /// <summary>
        /// Formats a value whose spec has one <c>*</c>, taking the arguments in C's order: the star's, then the
        /// value: <c>Format("%.*s", 3, "abcdef")</c> is <c>abc</c>, <c>Format("%*d", 5, 42)</c> is <c>   42</c>.
        /// </summary>
        /// <typeparam name="T">The value's type.</typeparam>
        /// <param name="spec">The spec, with one <c>*</c> for its width or its precision.</param>
        /// <param name="star">The width or precision the <c>*</c> takes.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        /// <exception cref="FormatException">The spec does not have exactly one <c>*</c>.</exception>
        public static string Format<T>(string spec, int star, T value)
        {
            PrintfSpec parsed = PrintfSpec.Parse(spec);
            if (parsed.WidthFromArgument == parsed.PrecisionFromArgument)
            {
                throw new FormatException("'" + spec + "' does not have exactly one *.");
            }

            return Format(parsed.WidthFromArgument ? parsed.WithWidth(star) : parsed.WithPrecision(star), value);
        }

        /// <summary>Formats a value whose spec has <c>*</c> for both width and precision, in C's order: width, precision, value.</summary>
        /// <typeparam name="T">The value's type.</typeparam>
        /// <param name="spec">The spec, such as <c>%*.*s</c>.</param>
        /// <param name="width">The width the first <c>*</c> takes.</param>
        /// <param name="precision">The precision the second <c>*</c> takes.</param>
        /// <param name="value">The value.</param>
        /// <returns>What printf writes.</returns>
        /// <exception cref="FormatException">The spec does not have <c>*</c> for both.</exception>
        public static string Format<T>(string spec, int width, int precision, T value)
        {
            PrintfSpec parsed = PrintfSpec.Parse(spec);
            if (!parsed.WidthFromArgument || !parsed.PrecisionFromArgument)
            {
                throw new FormatException("'" + spec + "' does not have * for both width and precision.");
            }

            return Format(parsed.WithWidth(width).WithPrecision(precision), value);
        }

        private static bool IsUnsigned(char conversion) => conversion == 'u' || conversion == 'x' || conversion == 'X' || conversion == 'o';

        private static bool IsInteger(char conversion) => conversion == 'd' || conversion == 'i' || IsUnsigned(conversion);

        private static string FormatInteger(PrintfSpec spec, ulong magnitude, bool negative)
        {
            char conversion = spec.Conversion;
            if (conversion == 'c')
            {
                return Format(spec, (char)magnitude);
            }

            if (!IsInteger(conversion))
            {
                string text = (negative ? "-" : string.Empty) + magnitude.ToString(CultureInfo.InvariantCulture);
                return FloatingFormatter.IsFloating(conversion)
                    ? FloatingFormatter.Format(spec, negative ? -(double)magnitude : magnitude)
                    : Format(spec, text);
            }

            string digits = conversion switch
            {
                'x' => magnitude.ToString("x", CultureInfo.InvariantCulture),
                'X' => magnitude.ToString("X", CultureInfo.InvariantCulture),
                'o' => Octal(magnitude),
                _ => magnitude.ToString(CultureInfo.InvariantCulture),
            };
            if (spec.Precision == 0 && magnitude == 0)
            {
                digits = string.Empty;
            }
            else if (spec.Precision > digits.Length)
            {
                digits = new string('0', spec.Precision - digits.Length) + digits;
            }

            bool alternate = (spec.Flags & PrintfFlags.Alternate) != 0;
            string prefix = string.Empty;
            if (conversion == 'o' && alternate && (digits.Length == 0 || digits[0] != '0'))
            {
                digits = "0" + digits;
            }
            else if ((conversion == 'x' || conversion == 'X') && alternate && magnitude != 0)
            {
                prefix = conversion == 'x' ? "0x" : "0X";
            }
            else if (conversion == 'd' || conversion == 'i')
            {
                prefix = SignOf(spec, negative);
            }

            // The 0 flag is ignored when a precision is given, as C says.
            return Pad(spec, digits, prefix, zeroPad: spec.Precision < 0);
        }

        internal static string SignOf(PrintfSpec spec, bool negative)
            => negative ? "-" : (spec.Flags & PrintfFlags.Plus) != 0 ? "+" : (spec.Flags & PrintfFlags.Space) != 0 ? " " : string.Empty;

        /// <summary>Pads <paramref name="prefix"/> + <paramref name="body"/> to the width: spaces on the left or right, or zeros between them.</summary>
        internal static string Pad(PrintfSpec spec, string body, string prefix, bool zeroPad)
        {
            int length = prefix.Length + body.Length;
            if (spec.Width <= length)
            {
                return prefix.Length == 0 ? body : prefix + body;
            }

            var builder = new StringBuilder(spec.Width);
            int padding = spec.Width - length;
            if ((spec.Flags & PrintfFlags.LeftAlign) != 0)
            {
                return builder.Append(prefix).Append(body).Append(' ', padding).ToString();
            }

            if (zeroPad && (spec.Flags & PrintfFlags.Zero) != 0)
            {
                return builder.Append(prefix).Append('0', padding).Append(body).ToString();
            }

            return builder.Append(' ', padding).Append(prefix).Append(body).ToString();
        }

        private static string Octal(ulong value)
        {
            if (value == 0)
            {
                return "0";
            }

            char[] buffer = new char[22];
            int position = buffer.Length;
            while (value != 0)
            {
                buffer[--position] = (char)('0' + (int)(value & 7));
                value >>= 3;
            }

            return new string(buffer, position, buffer.Length - position);
        }
    }
}
