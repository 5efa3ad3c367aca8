using System;
using System.Globalization;

namespace ErrorCodes
{
    /// <summary>
    /// Fills one .NET composite-format item, <c>{0,alignment:format}</c>, exactly as
    /// <see cref="string.Format(IFormatProvider, string, object[])"/> does: a custom formatter of the provider first,
    /// then <see cref="IFormattable"/>, then <see cref="object.ToString"/>; <see langword="null"/> is empty; then the
    /// text is padded with spaces to the alignment (on the left when positive, on the right when negative). Generated
    /// format helpers of <c>dotnet</c> catalogs call it for placeholders with an alignment or a format.
    /// </summary>
    public static class CompositeFormatter
    {
        /// <summary>Formats one value as the item <c>{0,<paramref name="alignment"/>:<paramref name="format"/>}</c> would.</summary>
        /// <typeparam name="T">The value's type; common number types are formatted without boxing.</typeparam>
        /// <param name="value">The value.</param>
        /// <param name="alignment">The alignment; 0 for none.</param>
        /// <param name="format">The format string, or <see langword="null"/> for none.</param>
        /// <param name="provider">The culture, or <see langword="null"/> for the current culture.</param>
        /// <returns>The item's text.</returns>
        public static string Format<T>(T value, int alignment, string? format, IFormatProvider? provider)
        {
            string text = ToText(value, format, provider);
            int width = Math.Abs(alignment);
            if (text.Length >= width)
            {
                return text;
            }

            return alignment > 0 ? text.PadLeft(width) : text.PadRight(width);
        }

        private static string ToText<T>(T value, string? format, IFormatProvider? provider)
        {
            if (provider?.GetFormat(typeof(ICustomFormatter)) is ICustomFormatter custom)
            {
                string? customText = custom.Format(format, value, provider);
                if (customText is not null)
                {
                    return customText;
                }
            }

            if (value is null)
            {
                return string.Empty;
            }

            provider ??= CultureInfo.CurrentCulture;
            if (typeof(T) == typeof(int))
            {
                return ((int)(object)value).ToString(format, provider);
            }

            if (typeof(T) == typeof(long))
            {
                return ((long)(object)value).ToString(format, provider);
            }

            if (typeof(T) == typeof(double))
            {
                return ((double)(object)value).ToString(format, provider);
            }

            if (typeof(T) == typeof(decimal))
            {
                return ((decimal)(object)value).ToString(format, provider);
            }

            if (typeof(T) == typeof(DateTime))
            {
                return ((DateTime)(object)value).ToString(format, provider);
            }

            if (value is IFormattable formattable)
            {
                return formattable.ToString(format, provider) ?? string.Empty;
            }

            return value.ToString() ?? string.Empty;
        }
    }
}
