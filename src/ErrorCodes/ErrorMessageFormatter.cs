using System;
using System.Globalization;
using System.Text;

namespace ErrorCodes
{
    /// <summary>
    /// Helpers the generated format methods call. Arguments are formatted the way <see cref="string.Format(string, object[])"/>
    /// formats them, and only <c>{N}</c> counts as a placeholder: every other brace is text.
    /// </summary>
    public static class ErrorMessageFormatter
    {
        /// <summary>Formats one argument with the current culture, as <see cref="string.Format(string, object[])"/> would.</summary>
        /// <typeparam name="T">The argument's type; value types are not boxed for types that format themselves.</typeparam>
        /// <param name="value">The argument.</param>
        /// <returns>The argument's text; an empty string for <see langword="null"/>.</returns>
        public static string ToText<T>(T value) => ToText(value, null);

        /// <summary>Formats one argument with the given culture, as <see cref="string.Format(IFormatProvider, string, object[])"/> would.</summary>
        /// <typeparam name="T">The argument's type.</typeparam>
        /// <param name="value">The argument.</param>
        /// <param name="provider">The culture, or <see langword="null"/> for the current culture.</param>
        /// <returns>The argument's text; an empty string for <see langword="null"/>.</returns>
        public static string ToText<T>(T value, IFormatProvider? provider)
        {
            if (value is null)
            {
                return string.Empty;
            }

            if (value is string text)
            {
                return text;
            }

            // The common number types first: for a value type the JIT keeps only the branch of T, and the casts
            // through object cost nothing there, so the number is formatted without being boxed. A null provider
            // means the current culture, as for string.Format.
            if (typeof(T) == typeof(int))
            {
                return ((int)(object)value).ToString(provider);
            }

            if (typeof(T) == typeof(long))
            {
                return ((long)(object)value).ToString(provider);
            }

            if (typeof(T) == typeof(double))
            {
                return ((double)(object)value).ToString(provider);
            }

            if (typeof(T) == typeof(decimal))
            {
                return ((decimal)(object)value).ToString(provider);
            }

            if (typeof(T) == typeof(uint))
            {
                return ((uint)(object)value).ToString(provider);
            }

            if (typeof(T) == typeof(ulong))
            {
                return ((ulong)(object)value).ToString(provider);
            }

            if (value is IFormattable formattable)
            {
                return formattable.ToString(null, provider ?? CultureInfo.CurrentCulture) ?? string.Empty;
            }

            return value.ToString() ?? string.Empty;
        }

        /// <summary>
        /// Replaces each <c>{N}</c> in <paramref name="template"/> with <paramref name="arguments"/>[N]; a placeholder
        /// without an argument stays as written.
        /// </summary>
        /// <param name="template">The message template.</param>
        /// <param name="arguments">The already formatted arguments.</param>
        /// <returns>The filled message.</returns>
        public static string Fill(string template, params string[] arguments)
        {
            if (template is null)
            {
                throw new ArgumentNullException(nameof(template));
            }

            var builder = new StringBuilder(template.Length + 16);
            int position = 0;
            while (position < template.Length)
            {
                char c = template[position];
                if (c == '{' && TryReadPlaceholder(template, position, out int index, out int length) && arguments != null && index < arguments.Length)
                {
                    builder.Append(arguments[index]);
                    position += length;
                }
                else
                {
                    builder.Append(c);
                    position++;
                }
            }

            return builder.ToString();
        }

        private static bool TryReadPlaceholder(string template, int open, out int index, out int length)
        {
            index = 0;
            length = 0;
            int position = open + 1;
            while (position < template.Length && template[position] >= '0' && template[position] <= '9' && position - open <= 4)
            {
                index = (index * 10) + (template[position] - '0');
                position++;
            }

            if (position == open + 1 || position >= template.Length || template[position] != '}')
            {
                return false;
            }

            length = position - open + 1;
            return true;
        }
    }
}
