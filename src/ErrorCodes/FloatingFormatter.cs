using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace ErrorCodes
{
    /// <summary>
    /// printf's <c>f F e E g G</c>. Digits come from the double's exact binary value (a double is m × 2^e, an exact
    /// fraction), rounded to the requested digits with ties to even, as glibc does; .NET's own "F" and "E" formats
    /// are not used because they stop being exact past about 15 to 17 significant digits.
    /// </summary>
    internal static class FloatingFormatter
    {
        public static bool IsFloating(char conversion) => "fFeEgG".IndexOf(conversion) >= 0;

        public static string Format(PrintfSpec spec, double value)
        {
            bool negative = BitConverter.DoubleToInt64Bits(value) < 0;
            bool upper = char.IsUpper(spec.Conversion);
            string sign = PrintfFormatter.SignOf(spec, negative);
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                string word = double.IsNaN(value) ? "nan" : "inf";
                return PrintfFormatter.Pad(spec, upper ? word.ToUpperInvariant() : word, sign, zeroPad: false);
            }

            int precision = spec.Precision < 0 ? 6 : spec.Precision;
            bool alternate = (spec.Flags & PrintfFlags.Alternate) != 0;
            Decompose(Math.Abs(value), out BigInteger mantissa, out int exponent);
            string body;
            switch (char.ToLowerInvariant(spec.Conversion))
            {
                case 'f':
                    body = Fixed(mantissa, exponent, precision, alternate);
                    break;
                case 'e':
                    body = Exponential(mantissa, exponent, precision, alternate, upper);
                    break;
                default:
                    body = General(mantissa, exponent, precision == 0 ? 1 : precision, alternate, upper);
                    break;
            }

            return PrintfFormatter.Pad(spec, body, sign, zeroPad: true);
        }

        /// <summary>The exact value of a finite non-negative double as <paramref name="mantissa"/> × 2^<paramref name="exponent"/>.</summary>
        private static void Decompose(double value, out BigInteger mantissa, out int exponent)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            int biased = (int)((bits >> 52) & 0x7FF);
            long fraction = bits & 0xFFFFFFFFFFFFFL;
            if (biased == 0)
            {
                mantissa = fraction;
                exponent = -1074;
            }
            else
            {
                mantissa = fraction | (1L << 52);
                exponent = biased - 1075;
            }
        }

        /// <summary>round(mantissa × 2^exponent × 10^shift), ties to even.</summary>
        private static BigInteger Scaled(BigInteger mantissa, int exponent, int shift)
        {
            BigInteger numerator = mantissa;
            BigInteger denominator = BigInteger.One;
            if (exponent >= 0)
            {
                numerator <<= exponent;
            }
            else
            {
                denominator <<= -exponent;
            }

            if (shift >= 0)
            {
                numerator *= BigInteger.Pow(10, shift);
            }
            else
            {
                denominator *= BigInteger.Pow(10, -shift);
            }

            BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
            int half = (remainder * 2).CompareTo(denominator);
            return half > 0 || (half == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
        }

        private static string Fixed(BigInteger mantissa, int exponent, int precision, bool alternate)
        {
            string digits = Scaled(mantissa, exponent, precision).ToString(CultureInfo.InvariantCulture);
            if (digits.Length <= precision)
            {
                digits = new string('0', precision + 1 - digits.Length) + digits;
            }

            int point = digits.Length - precision;
            var builder = new StringBuilder(digits.Length + 1);
            builder.Append(digits, 0, point);
            if (precision > 0 || alternate)
            {
                builder.Append('.');
            }

            return builder.Append(digits, point, precision).ToString();
        }

        /// <summary>The <paramref name="precision"/> + 1 significant digits of the value, and its decimal exponent after rounding.</summary>
        private static string SignificantDigits(BigInteger mantissa, int exponent, int precision, out int decimalExponent)
        {
            if (mantissa.IsZero)
            {
                decimalExponent = 0;
                return new string('0', precision + 1);
            }

            // An estimate; the loop below corrects it by the exact digits.
            decimalExponent = (int)Math.Floor(BigInteger.Log10(mantissa) + (exponent * 0.30102999566398120));
            BigInteger lower = BigInteger.Pow(10, precision);
            BigInteger upper = lower * 10;
            while (true)
            {
                BigInteger digits = Scaled(mantissa, exponent, precision - decimalExponent);
                if (digits >= upper)
                {
                    decimalExponent++;
                }
                else if (digits < lower)
                {
                    decimalExponent--;
                }
                else
                {
                    return digits.ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        private static string Exponential(BigInteger mantissa, int exponent, int precision, bool alternate, bool upper)
        {
            string digits = SignificantDigits(mantissa, exponent, precision, out int decimalExponent);
            var builder = new StringBuilder(precision + 8);
            builder.Append(digits[0]);
            if (precision > 0 || alternate)
            {
                builder.Append('.');
            }

            builder.Append(digits, 1, precision);
            return AppendExponent(builder, decimalExponent, upper).ToString();
        }

        /// <summary>%g: %e's exponent X at precision P - 1 decides; P &gt; X &gt;= -4 is %f with P - 1 - X decimals, else %e with P - 1; trailing zeros go unless <c>#</c>.</summary>
        private static string General(BigInteger mantissa, int exponent, int significant, bool alternate, bool upper)
        {
            SignificantDigits(mantissa, exponent, significant - 1, out int decimalExponent);
            string body;
            string suffix = string.Empty;
            if (significant > decimalExponent && decimalExponent >= -4)
            {
                body = Fixed(mantissa, exponent, significant - 1 - decimalExponent, alternate);
            }
            else if (alternate && decimalExponent == significant && IsBelowPowerOfTen(mantissa, exponent, significant))
            {
                // glibc's own rule, kept to print what C prints here: when rounding carries a value below 10^P up to
                // 10^P, "%#.3g" of 999.9995 is "1.e+03", not the "1.00e+03" the C standard describes.
                body = Exponential(mantissa, exponent, 0, alternate: true, upper);
                return body;
            }
            else
            {
                string exponential = Exponential(mantissa, exponent, significant - 1, alternate, upper);
                int e = exponential.IndexOf(upper ? 'E' : 'e');
                body = exponential.Substring(0, e);
                suffix = exponential.Substring(e);
            }

            if (!alternate && body.IndexOf('.') >= 0)
            {
                body = body.TrimEnd('0').TrimEnd('.');
            }

            return body + suffix;
        }

        /// <summary>Whether mantissa × 2^exponent &lt; 10^power, exactly.</summary>
        private static bool IsBelowPowerOfTen(BigInteger mantissa, int exponent, int power)
        {
            BigInteger left = exponent >= 0 ? mantissa << exponent : mantissa;
            BigInteger right = BigInteger.Pow(10, power);
            if (exponent < 0)
            {
                right <<= -exponent;
            }

            return left < right;
        }

        private static StringBuilder AppendExponent(StringBuilder builder, int decimalExponent, bool upper)
        {
            builder.Append(upper ? 'E' : 'e').Append(decimalExponent < 0 ? '-' : '+');
            int magnitude = Math.Abs(decimalExponent);
            if (magnitude < 10)
            {
                builder.Append('0');
            }

            return builder.Append(magnitude.ToString(CultureInfo.InvariantCulture));
        }
    }
}
