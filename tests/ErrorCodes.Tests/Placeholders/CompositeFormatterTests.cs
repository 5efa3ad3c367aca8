using System;
using System.Globalization;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests.Placeholders;

/// <summary>CompositeFormatter against string.Format itself, across cultures, alignments, formats and value types.</summary>
public class CompositeFormatterTests
{
    public static readonly string[] Cultures = { "", "en-US", "de-DE", "fr-FR", "ko-KR", "ar-SA", "hi-IN" };

    public static readonly (int Alignment, string? Format)[] Items =
    {
        (0, null), (5, null), (-8, null), (0, "N2"), (12, "N2"), (-12, "C"), (0, "X"), (0, "x8"), (0, "yyyy-MM-dd"),
        (0, "G"), (0, "E3"), (0, "P1"), (0, "0.###"), (10, "#,##0.00"), (0, "R"), (0, ""), (3, "D5"),
    };

    [Fact]
    public void Each_item_formats_as_string_Format_with_the_same_culture()
    {
        var values = new object?[] { 0, 42, -1234567, 255L, 3.14159, -0.5, 1e21, 1234.5m, new DateTime(2024, 2, 29, 13, 5, 9), "text", null, 'c', Guid.Empty, DayOfWeek.Friday };
        foreach (string name in Cultures)
        {
            var culture = CultureInfo.GetCultureInfo(name);
            foreach ((int alignment, string? format) in Items)
            {
                string item = "{0" + (alignment != 0 ? "," + alignment.ToString(CultureInfo.InvariantCulture) : "") + (format is null ? "" : ":" + format) + "}";
                foreach (object? value in values)
                {
                    string expected;
                    try
                    {
                        expected = string.Format(culture, item, value);
                    }
                    catch (FormatException)
                    {
                        Assert.ThrowsAny<FormatException>(() => Typed(value, alignment, format, culture));
                        continue;
                    }

                    Assert.Equal(expected, Typed(value, alignment, format, culture));
                }
            }
        }
    }

    [Fact]
    public void A_null_provider_means_the_current_culture()
    {
        using var scope = new CultureScope(CultureInfo.GetCultureInfo("de-DE"));
        Assert.Equal(string.Format(CultureInfo.CurrentCulture, "{0,10:N2}", 1234.5), CompositeFormatter.Format(1234.5, 10, "N2", null));
        Assert.Equal("  1.234,50", CompositeFormatter.Format(1234.5, 10, "N2", null));
    }

    [Fact]
    public void A_custom_formatter_of_the_provider_comes_first_as_in_string_Format()
    {
        var provider = new Shouting();
        Assert.Equal(string.Format(provider, "{0,-6:x}", "ab"), CompositeFormatter.Format("ab", -6, "x", provider));
        Assert.Equal("AB:x  ", CompositeFormatter.Format("ab", -6, "x", provider));
    }

    /// <summary>Calls the generic method with the value's own type, as a generated helper would.</summary>
    private static string Typed(object? value, int alignment, string? format, IFormatProvider provider) => value switch
    {
        int number => CompositeFormatter.Format(number, alignment, format, provider),
        long number => CompositeFormatter.Format(number, alignment, format, provider),
        double number => CompositeFormatter.Format(number, alignment, format, provider),
        decimal number => CompositeFormatter.Format(number, alignment, format, provider),
        DateTime date => CompositeFormatter.Format(date, alignment, format, provider),
        char character => CompositeFormatter.Format(character, alignment, format, provider),
        Guid guid => CompositeFormatter.Format(guid, alignment, format, provider),
        DayOfWeek day => CompositeFormatter.Format(day, alignment, format, provider),
        string text => CompositeFormatter.Format(text, alignment, format, provider),
        _ => CompositeFormatter.Format<string?>(null, alignment, format, provider),
    };

    private sealed class Shouting : IFormatProvider, ICustomFormatter
    {
        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? arg, IFormatProvider? formatProvider)
            => (arg?.ToString() ?? string.Empty).ToUpperInvariant() + ":" + format;
    }
}
