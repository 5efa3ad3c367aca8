using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Model.Placeholders;
using Xunit;

namespace ErrorCodes.Tests.Placeholders;

/// <summary>
/// Excerpts of real vendor tables (sources in TestData/README.md and definitions/README.md): every message parses in
/// its vendor's style with the parameters counted independently here, and without a problem except the vendor
/// quirks listed per test.
/// </summary>
public class VendorCatalogTests
{
    private static readonly string SqlServerPath = SeedCatalogs.PathOf("sql-server-errors.csv");

    private static IEnumerable<(int Code, string Message)> Messages(string path)
        => CatalogCells.Read(path).Select(row => (int.Parse(row["code"], System.Globalization.CultureInfo.InvariantCulture), row["message"]));

    [Fact]
    public void Windows_system_errors_parse_as_FormatMessage_text()
    {
        var quirks = new Dictionary<int, string>();
        int withInserts = 0;
        foreach ((int code, string message) in Messages(CatalogCells.TestDataPath("windows-system-errors.csv")))
        {
            ParsedMessage parsed = Win32TemplateParser.Parse(message);
            int highest = Regex.Matches(message, "%([1-9][0-9]?)").Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
            Assert.Equal(highest, parsed.Parameters.Count);
            withInserts += highest > 0 ? 1 : 0;
            foreach (PlaceholderProblem problem in parsed.Problems)
            {
                Assert.False(problem.DropsHelper, code + ": " + problem.Reason);
                quirks[code] = quirks.TryGetValue(code, out string? before) ? before + "," + problem.Kind : problem.Kind.ToString();
            }
        }

        Assert.True(withInserts >= 40, withInserts + " messages with inserts");

        // Messages that skip %1 (the kernel passes it and the text does not print it), and three NTSTATUS texts the
        // page lists with C printf specs (%hs, %s, %08lx, %wZ) that FormatMessage does not format; in 574's
        // "0x%08lx", FormatMessage even reads %0 and stops there.
        var expected = new Dictionary<int, string>
        {
            [573] = "StrayPercent",
            [574] = "StrayPercent,TextAfterEnd",
            [652] = "GapInNumbers",
            [674] = "GapInNumbers",
            [712] = "StrayPercent",
            [728] = "GapInNumbers",
            [782] = "GapInNumbers",
            [783] = "GapInNumbers",
            [7065] = "GapInNumbers",
        };
        Assert.Equal(expected.OrderBy(pair => pair.Key), quirks.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void Windows_messages_fill_as_FormatMessage_fills_them()
    {
        ParsedMessage message = Win32TemplateParser.Parse("The wrong diskette is in the drive. Insert %2 (Volume Serial Number: %3) into drive %1.");
        Assert.Equal(
            "The wrong diskette is in the drive. Insert Disk 2 (Volume Serial Number: 1234-ABCD) into drive A:.",
            FormatMessageTests.Fill(message, "A:", "Disk 2", "1234-ABCD"));
        Assert.Equal("A syntax error occurred at position 17.", FormatMessageTests.Fill(Win32TemplateParser.Parse("A syntax error occurred at position %1!d!."), 17));
    }

    [Fact]
    public void Sql_server_errors_parse_as_printf()
    {
        var quirks = new List<string>();
        int withConversions = 0;
        var conversion = new Regex(@"%(?:\d+\$)?[-+ 0#]*(\*|\d+)?(?:\.(\*|\d*))?(?:hh|h|ll|l|L|q|j|z|t|I64|I32|I)?[diuxXocsfFeEgG]");
        foreach ((int code, string message) in Messages(SqlServerPath))
        {
            ParsedMessage parsed = PrintfTemplateParser.Parse(message);
            int expected = conversion.Matches(message).Sum(match => 1 + (match.Groups[1].Value == "*" ? 1 : 0) + (match.Groups[2].Value == "*" ? 1 : 0));
            Assert.Equal(expected, parsed.Parameters.Count);
            withConversions += expected > 0 ? 1 : 0;
            quirks.AddRange(parsed.Problems.Select(problem => code + ":" + problem.Kind + ":" + message.Substring(problem.Start, problem.Length)));
            Assert.All(parsed.Problems, problem => Assert.False(problem.DropsHelper));
        }

        Assert.True(withConversions >= 38, withConversions + " messages with conversions");

        // SQL Server's own substitutions, %S_MSG and %S_DATE, which C printf does not have: they stay text.
        Assert.Equal(new[] { "21:UnknownConversion:%S", "103:UnknownConversion:%S", "117:UnknownConversion:%S", "131:UnknownConversion:%S" }, quirks);
    }

    [Fact]
    public void Sql_server_messages_fill_as_C_fills_them()
    {
        ParsedMessage parsed = PrintfTemplateParser.Parse("The scale (%d) for column '%.*ls' must be within the range %d to %d.");
        Assert.Equal(
            new[] { ParameterKind.Integer, ParameterKind.StarInt, ParameterKind.Generic, ParameterKind.Integer, ParameterKind.Integer },
            parsed.Parameters.Select(parameter => parameter.Kind));
        Assert.Equal(
            "The scale (40) for column 'Amount' must be within the range 0 to 38.",
            FormatMessageTests.Fill(parsed, 40, 6, "AmountColumn", 0, 38));
    }

    [Fact]
    public void Kestrel_event_messages_parse_with_named_placeholders()
    {
        int withNames = 0;
        foreach ((int code, string message) in Messages(CatalogCells.TestDataPath("kestrel-events.csv")))
        {
            ParsedMessage parsed = DotNetTemplateParser.Parse(message);
            string[] names = Regex.Matches(message, @"\{([A-Za-z]+)\}").Select(match => match.Groups[1].Value).Distinct().ToArray();
            Assert.Equal(names, parsed.Parameters.Select(parameter => parameter.Placeholder));
            Assert.All(parsed.Parameters, parameter => Assert.Equal(char.ToLowerInvariant(parameter.Placeholder[0]) + parameter.Placeholder.Substring(1), parameter.Identifier));
            Assert.Empty(parsed.Problems);
            Assert.Null(PlaceholderTemplates.SuggestStyle(parsed));
            withNames += names.Length > 0 ? 1 : 0;
        }

        Assert.True(withNames >= 20, withNames + " messages with names");
    }

    [Fact]
    public void Printf_and_FormatMessage_tables_read_as_dotnet_are_recognized()
    {
        foreach ((int code, string message) in Messages(SqlServerPath).Where(row => row.Message.Contains('%')))
        {
            Assert.Equal(PlaceholderStyle.Printf, PlaceholderTemplates.SuggestStyle(DotNetTemplateParser.Parse(message)));
        }

        foreach ((int code, string message) in Messages(CatalogCells.TestDataPath("windows-system-errors.csv")).Where(row => Regex.IsMatch(row.Message, "%[1-9]")))
        {
            Assert.Equal(PlaceholderStyle.Win32, PlaceholderTemplates.SuggestStyle(DotNetTemplateParser.Parse(message)));
        }
    }
}
