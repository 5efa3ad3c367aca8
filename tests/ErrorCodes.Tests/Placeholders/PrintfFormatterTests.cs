using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Globalization;
using System.Text;
using Xunit;

namespace ErrorCodes.Tests.Placeholders;

/// <summary>
/// The runtime's printf against C: TestData/printf-oracle.tsv is what glibc's printf wrote for each spec and
/// argument (TestData/printf-oracle.c makes it), and every row must come out the same.
/// </summary>
public class PrintfFormatterTests
{
    public static string OraclePath => Path.Combine(AppContext.BaseDirectory, "TestData", "printf-oracle.tsv");

    [Fact]
    public void Every_row_of_the_C_oracle_formats_as_glibc_printed_it()
    {
        string[] lines = File.ReadAllLines(OraclePath, Encoding.UTF8);
        Assert.True(lines.Length > 3000, "the oracle table is complete");
        var failures = new List<string>();
        foreach (string line in lines)
        {
            string[] columns = line.Split('\t');
            Assert.Equal(6, columns.Length);
            (string spec, string type, string width, string precision, string argument, string expected) =
                (columns[0], columns[1], columns[2], columns[3], columns[4], columns[5]);
            PrintfSpec parsed = PrintfSpec.Parse(spec);
            if (width != "-")
            {
                parsed = parsed.WithWidth(int.Parse(width, CultureInfo.InvariantCulture));
            }

            if (precision != "-")
            {
                parsed = parsed.WithPrecision(int.Parse(precision, CultureInfo.InvariantCulture));
            }

            string actual = type switch
            {
                "i" => PrintfFormatter.Format(parsed, int.Parse(argument, CultureInfo.InvariantCulture)),
                "l" => PrintfFormatter.Format(parsed, long.Parse(argument, CultureInfo.InvariantCulture)),
                "u" => PrintfFormatter.Format(parsed, uint.Parse(argument, CultureInfo.InvariantCulture)),
                "U" => PrintfFormatter.Format(parsed, ulong.Parse(argument, CultureInfo.InvariantCulture)),
                "f" => PrintfFormatter.Format(parsed, ParseDouble(argument)),
                "c" => PrintfFormatter.Format(parsed, argument[0]),
                "s" => PrintfFormatter.Format(parsed, argument),
                _ => throw new InvalidOperationException("unknown type " + type),
            };
            if (actual != expected)
            {
                failures.Add(spec + " " + type + " " + argument + ": expected [" + expected + "] got [" + actual + "]");
            }
        }

        Assert.True(failures.Count == 0, failures.Count + " rows differ:\n" + string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [InlineData("%-.200s", "%-.200s")]
    [InlineData("%5d", "%5d")]
    [InlineData("%lu", "%u")]
    [InlineData("%I64d", "%d")]
    [InlineData("hhd", "%d")]
    [InlineData("%#-+ 012.3e", "%-+ 0#12.3e")]
    [InlineData("%.*s", "%.*s")]
    [InlineData("%-*.*ld", "%-*.*d")]
    [InlineData("%.s", "%.0s")]
    public void Specs_are_read_as_C_writes_them(string spec, string canonical)
        => Assert.Equal(canonical, PrintfSpec.Parse(spec).ToString());

    [Theory]
    [InlineData("%v")]
    [InlineData("%")]
    [InlineData("%5")]
    [InlineData("%sx")]
    [InlineData("")]
    public void A_text_that_is_not_one_spec_is_rejected(string spec)
        => Assert.Throws<FormatException>(() => PrintfSpec.Parse(spec));

    [Fact]
    public void Star_arguments_come_first_in_Cs_order()
    {
        Assert.Equal("abc", PrintfFormatter.Format("%.*s", 3, "abcdef"));
        Assert.Equal("   42", PrintfFormatter.Format("%*d", 5, 42));
        Assert.Equal("42   |", PrintfFormatter.Format("%*d", -5, 42) + "|");
        Assert.Equal("    ab", PrintfFormatter.Format("%*.*s", 6, 2, "abcdef"));
        Assert.Equal("abcdef", PrintfFormatter.Format("%.*s", -1, "abcdef"));
        Assert.Throws<FormatException>(() => PrintfFormatter.Format("%s", 3, "abc"));
        Assert.Throws<FormatException>(() => PrintfFormatter.Format("%*.*s", 3, "abc"));
        Assert.Throws<FormatException>(() => PrintfFormatter.Format("%*s", 3, 2, "abc"));
        PrintfSpec spec = PrintfSpec.Parse("%*.*s");
        Assert.True(spec.WidthFromArgument && spec.PrecisionFromArgument);
        Assert.Equal("%4.2s", spec.WithWidth(4).WithPrecision(2).ToString());
    }

    [Fact]
    public void Negative_values_print_unsigned_at_the_width_of_their_type()
    {
        Assert.Equal("ffffffff", PrintfFormatter.Format("%x", -1));
        Assert.Equal("ffffffffffffffff", PrintfFormatter.Format("%x", -1L));
        Assert.Equal("4294967295", PrintfFormatter.Format("%u", -1));
        Assert.Equal("-2147483648", PrintfFormatter.Format("%d", int.MinValue));
        Assert.Equal("-9223372036854775808", PrintfFormatter.Format("%ld", long.MinValue));
        Assert.Equal("-1", PrintfFormatter.Format("%d", uint.MaxValue));
    }

    [Fact]
    public void A_null_string_prints_as_glibc_prints_a_null_pointer()
    {
        Assert.Equal("(null)", PrintfFormatter.Format("%s", (string?)null));
        Assert.Equal("  (null)", PrintfFormatter.Format("%8s", (string?)null));
        Assert.Equal(string.Empty, PrintfFormatter.Format("%.3s", (string?)null));
    }

    [Fact]
    public void Precision_never_cuts_a_surrogate_pair_in_half()
        => Assert.Equal("a", PrintfFormatter.Format("%.2s", "a\U0001F600b"));

    [Fact]
    public void Generic_values_take_their_own_overload_or_their_invariant_text()
    {
        Assert.Equal("   42", PrintfFormatter.Format("%5s", 42));
        Assert.Equal("002a", PrintfFormatter.Format<int>(PrintfSpec.Parse("%04x"), 42));
        Assert.Equal("1.5", PrintfFormatter.Format("%s", 1.5m));
        Assert.Equal("3.14", PrintfFormatter.Format<double>(PrintfSpec.Parse("%.2f"), 3.14159));
    }

    [Fact]
    public void Large_precisions_print_the_exact_binary_value_where_dotnet_rounding_differs()
    {
        // 0.1 is 0.1000000000000000055511151231257827021181583404541015625 exactly.
        Assert.Equal("0.10000000000000000555111512312578270211815834045410", PrintfFormatter.Format("%.50f", 0.1));
        Assert.Equal("2", PrintfFormatter.Format("%.0f", 2.5));
        Assert.Equal("4", PrintfFormatter.Format("%.0f", 3.5));
        Assert.Equal("1e+100", PrintfFormatter.Format("%g", 1e100));
    }

    internal static double ParseDouble(string text) => text switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => BitConverter.Int64BitsToDouble(0x7FF8000000000000),
        "-nan" => BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000)),
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
