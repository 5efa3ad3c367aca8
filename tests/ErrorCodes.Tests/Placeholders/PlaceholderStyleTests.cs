using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests.Placeholders;

/// <summary>
/// Each placeholder style through generated code, compiled and executed, against its oracle: string.Format for
/// dotnet, what glibc's printf printed (TestData/printf-oracle.tsv) for printf, FormatMessage's documented rules for
/// win32; the style's diagnostics at their exact positions; and the real vendor tables compiled under strict settings.
/// </summary>
public class PlaceholderStyleTests
{
    private static readonly Catalog DotNetCatalog = Catalog.Csv(
        "/p/named.csv",
        "code,name,message,message.fr",
        "1,WAIT,A wait of {seconds} seconds is required; retry in {seconds} s,Attendez {seconds} s",
        "2,AMOUNT,\"Charged {amount:N2} on {when:yyyy-MM-dd} for {user-id}\",",
        "3,ALIGNED,\"[{0,5}] [{0,-8:X}] [{1:0.0}]\",",
        "4,JSON,\"Invalid body {\"\"key\"\": {value}}\",",
        "5,QUOTED_FORMAT,\"Total {0:0.0 \"\"*/\"\"}\",",
        "6,PLAIN,\"{0} of {1}\",\"{1} sur {0}\"");

    private static readonly Lazy<GeneratedDomain> DotNet = new(() => GeneratedDomain.Find(GeneratorHarness.CompileAndLoad(new[] { DotNetCatalog }), GeneratorHarness.DefaultRootNamespace, "Named"));

    private static readonly Catalog Win32Catalog = Catalog.Csv(
        "/p/win.csv",
        "code,name,message",
        "1,INSERT_DISK,Insert disk for drive %1.",
        "2,TYPED,Value %2!d! of %1 at 100%%",
        "3,ESCAPES,Line%nbreak%. %! %1",
        "4,WIDTH,[%1!5d!] [%2!-6s!] [%3!x!]") with { PlaceholderStyle = "win32" };

    private static readonly Lazy<GeneratedDomain> Win32 = new(() => GeneratedDomain.Find(GeneratorHarness.CompileAndLoad(new[] { Win32Catalog }), GeneratorHarness.DefaultRootNamespace, "Win"));

    [Fact]
    public void Named_placeholders_become_parameters_named_after_them_in_order_of_first_appearance()
    {
        Assert.Equal(new[] { "seconds" }, DotNet.Value.FormatMethod("Wait").GetParameters().Select(p => p.Name));
        Assert.Equal(new[] { "amount", "when", "userId" }, DotNet.Value.FormatMethod("Amount").GetParameters().Select(p => p.Name));
        Assert.Equal(new[] { "value" }, DotNet.Value.FormatMethod("Json").GetParameters().Select(p => p.Name));
        Assert.Equal("A wait of 30 seconds is required; retry in 30 s", DotNet.Value.Format("Wait", 30));
        Assert.Equal("Invalid body {\"key\": 7}", DotNet.Value.Format("Json", 7));
        Assert.Equal("A wait of 30 seconds is required; retry in 30 s", DotNet.Value.Create("Wait", 30).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Formats_and_alignments_fill_as_string_Format_does_with_the_current_culture(string culture)
    {
        var when = new DateTime(2024, 3, 1, 13, 5, 9);
        using (new CultureScope(CultureInfo.GetCultureInfo(culture)))
        {
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "Charged {0:N2} on {1:yyyy-MM-dd} for {2}", 1234.5, when, "u1"), DotNet.Value.Format("Amount", 1234.5, when, "u1"));
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "[{0,5}] [{0,-8:X}] [{1:0.0}]", 42, 3.25), DotNet.Value.Format("Aligned", 42, 3.25));
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "Total {0:0.0 \"*/\"}", 3.14), DotNet.Value.Format("QuotedFormat", 3.14));
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "Charged {0:N2} on {1:yyyy-MM-dd} for {2}", -0.5m, when, 9), DotNet.Value.Create("Amount", -0.5m, when, 9).Message);
        }
    }

    [Fact]
    public void Messages_are_returned_as_written_and_only_plain_numbered_rows_get_a_culture_overload()
    {
        Assert.Equal("Charged {amount:N2} on {when:yyyy-MM-dd} for {user-id}", DotNet.Value.GetMessage(DotNet.Value.Member("Amount")));
        Assert.Single(DotNet.Value.FormatMethods("Wait"));
        Assert.Equal(2, DotNet.Value.FormatMethods("Plain").Count);
        Assert.Equal("b sur a", DotNet.Value.FormatFor("Plain", CultureInfo.GetCultureInfo("fr-FR"), "a", "b"));
    }

    [Fact]
    public void Printf_helpers_print_what_glibc_printed_for_a_representative_set_of_the_oracle()
    {
        List<OracleRow> rows = RepresentativeOracleRows();
        Assert.True(rows.Count >= 100, rows.Count + " rows");
        var lines = new List<string> { "code,name,message" };
        for (int i = 0; i < rows.Count; i++)
        {
            lines.Add((i + 1).ToString(CultureInfo.InvariantCulture) + ",R" + i.ToString(CultureInfo.InvariantCulture) + ",\"<" + rows[i].Spec.Replace("\"", "\"\"", StringComparison.Ordinal) + "> %%\"");
        }

        Catalog catalog = Catalog.Csv("/p/oracle.csv", lines.ToArray()) with { PlaceholderStyle = "printf" };
        GeneratedDomain domain = GeneratedDomain.Find(GeneratorHarness.CompileAndLoad(new[] { catalog }), GeneratorHarness.DefaultRootNamespace, "Oracle");
        var failures = new List<string>();
        for (int i = 0; i < rows.Count; i++)
        {
            string actual = domain.Format("R" + i.ToString(CultureInfo.InvariantCulture), rows[i].Arguments);
            if (actual != "<" + rows[i].Expected + "> %")
            {
                failures.Add(rows[i].Spec + " " + string.Join(" ", rows[i].Arguments) + ": expected [" + rows[i].Expected + "] got [" + actual + "]");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Printf_parameters_take_the_type_their_conversion_names_and_stars_come_first_in_C_order()
    {
        Catalog catalog = Catalog.Csv(
            "/p/types.csv",
            "code,name,message",
            "1,MIXED,\"Can't create file '%-.200s' (errno: %d - %s) %c %5.1f %lu\"",
            "2,STAR,%.*s|%*d",
            "3,POSITIONAL,%2$s then %1$d") with { PlaceholderStyle = "printf" };
        GeneratedDomain domain = GeneratedDomain.Find(GeneratorHarness.CompileAndLoad(new[] { catalog }), GeneratorHarness.DefaultRootNamespace, "Types");

        Assert.Equal(
            new[] { "T0 arg1", "Int64 arg2", "T1 arg3", "Char arg4", "Double arg5", "Int64 arg6" },
            domain.FormatMethod("Mixed").GetParameters().Select(p => p.ParameterType.Name + " " + p.Name));
        Assert.Equal(new[] { "Int32", "T0", "Int32", "Int64" }, domain.FormatMethod("Star").GetParameters().Select(p => p.ParameterType.Name));
        Assert.Equal(new[] { "Int64 arg1", "T0 arg2" }, domain.FormatMethod("Positional").GetParameters().Select(p => p.ParameterType.Name + " " + p.Name));

        Assert.Equal("Can't create file '" + new string('x', 200) + "' (errno: 13 - Permission denied) c   2.5 18446744073709551615", domain.Format("Mixed", new string('x', 300), 13L, "Permission denied", 'c', 2.5, -1L));
        Assert.Equal("abc|   42", domain.Format("Star", 3, "abcdef", 5, 42L));
        Assert.Equal("b then 7", domain.Format("Positional", 7L, "b"));
        Assert.Equal("Can't create file 'f' (errno: 2 - x) c   2.5 3", domain.Create("Mixed", "f", 2L, "x", 'c', 2.5, 3L).Message);
    }

    [Fact]
    public void Win32_helpers_fill_as_FormatMessage_does()
    {
        Assert.Equal("Insert disk for drive A:.", Win32.Value.Format("InsertDisk", "A:"));
        Assert.Equal("Value 17 of x at 100%", Win32.Value.Format("Typed", "x", 17L));
        Assert.Equal(new[] { "arg1", "arg2" }, Win32.Value.FormatMethod("Typed").GetParameters().Select(p => p.Name));
        // %n is CR LF; %. and %! are the period and exclamation mark.
        Assert.Equal("Line\r\nbreak. ! v", Win32.Value.Format("Escapes", "v"));
        Assert.Equal("[   42] [ab    ] [ff]", Win32.Value.Format("Width", 42L, "ab", 255L));
        Assert.Equal("Value %2!d! of %1 at 100%%", Win32.Value.GetMessage(Win32.Value.Member("Typed")));
    }

    [Fact]
    public void A_conversion_C_does_not_have_is_EC1033_at_its_place_and_the_rest_is_filled()
    {
        Catalog catalog = Catalog.Csv("/p/go.csv", "code,name,message", "1,A,Invalid %v for %s") with { PlaceholderStyle = "printf" };
        GenerationResult result = GeneratorHarness.Generate(new[] { catalog });

        AssertDiagnostic(Single(result, "EC1033"), "EC1033", DiagnosticSeverity.Warning, "/p/go.csv", (1, 12), (1, 14), "'%v'", "not a C printf conversion");
        GeneratedDomain domain = GeneratedDomain.Find(result.Load(), GeneratorHarness.DefaultRootNamespace, "Go");
        Assert.Equal("Invalid %v for x", domain.Format("A", "x"));
    }

    [Theory]
    [InlineData("printf", "1,A,%1$s and %s", "EC1034", 13, 14, "numbered conversions")]
    [InlineData("printf", "1,A,%1$d and %1$f", "EC1034", 13, 17, "argument 1 is read as")]
    [InlineData("printf", "1,A,%1$s and %3$s", "EC1022", 4, 17, "argument 2 is never used")]
    [InlineData("dotnet", "1,A,User {0} has {count}", "EC1034", 17, 24, "mixes numbered placeholders")]
    [InlineData("dotnet", "1,A,\"Tab {0} and {2}\"", "EC1022", 5, 20, "placeholder {1} is missing")]
    public void Mixed_placeholders_and_gaps_are_reported_at_their_place_and_the_row_gets_no_helper(string style, string row, string id, int start, int end, string reason)
    {
        Catalog catalog = Catalog.Csv("/p/mixed.csv", "code,name,message", row) with { PlaceholderStyle = style };
        GenerationResult result = GeneratorHarness.Generate(new[] { catalog });

        AssertDiagnostic(Single(result, id), id, DiagnosticSeverity.Warning, "/p/mixed.csv", (1, start), (1, end), reason);
        Assert.Empty(result.Compilation.GetTypeByMetadataName("TestApp.MixedErrorCodes")!.GetMembers("FormatA"));
    }

    [Fact]
    public void A_dotnet_message_written_in_printf_or_FormatMessage_suggests_the_metadata()
    {
        Catalog catalog = Catalog.Csv("/p/copied.csv", "code,name,message", "1,A,Can't create '%-.200s'", "2,B,Insert disk %1.", "3,C,50% off, 100%");
        GenerationResult result = GeneratorHarness.Generate(new[] { catalog });

        string[] messages = result.GeneratorDiagnostics.Where(d => d.Id == "EC1035").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(2, messages.Length);
        Assert.Contains("ErrorCodesPlaceholderStyle=\"printf\"", messages[0], StringComparison.Ordinal);
        Assert.Contains("ErrorCodesPlaceholderStyle=\"win32\"", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_style_is_EC1036_at_the_file_and_the_file_reads_as_dotnet()
    {
        Catalog catalog = Catalog.Csv("/p/odd.csv", "code,name,message", "1,A,{0} and %s") with { PlaceholderStyle = "c" };
        GenerationResult result = GeneratorHarness.Generate(new[] { catalog });

        AssertDiagnostic(Single(result, "EC1036"), "EC1036", DiagnosticSeverity.Warning, "/p/odd.csv", (0, 0), (0, 0), "'c'", "'dotnet', 'printf' or 'win32'");
        Assert.Single(result.Compilation.GetTypeByMetadataName("TestApp.OddErrorCodes")!.GetMembers("FormatA"));
    }

    [Fact]
    public void Localized_messages_are_compared_with_the_neutral_one_in_the_same_style()
    {
        Catalog catalog = Catalog.Csv("/p/loc.csv", "code,name,message,message.de", "1,A,%s has %d,%s hat %s", "2,B,%s has %d,%s hat %d") with { PlaceholderStyle = "printf" };
        GenerationResult result = GeneratorHarness.Generate(new[] { catalog });

        Diagnostic differ = Single(result, "EC1021");
        Assert.Equal(1, differ.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("(integer)", differ.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-system-errors.csv", "win32")]
    [InlineData("kestrel-events.csv", "dotnet")]
    [InlineData("sql-server-errors.csv", "printf")]
    public void Real_vendor_tables_compile_cleanly_under_strict_settings_and_on_CSharp_7_3(string fileName, string style)
    {
        string path = fileName == "sql-server-errors.csv" ? SeedCatalogs.PathOf(fileName) : CatalogCells.TestDataPath(fileName);
        var catalog = new Catalog("/p/" + fileName, File.ReadAllText(path), PlaceholderStyle: style);
        var strict = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, generalDiagnosticOption: ReportDiagnostic.Error);
        IEnumerable<MetadataReference> net = GeneratorHarness.NetReferences.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));
        IEnumerable<MetadataReference> netStandard = Basic.Reference.Assemblies.NetStandard20.References.All
            .Append<MetadataReference>(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));

        AssertCompilesCleanly(catalog, net, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose), strict);
        AssertCompilesCleanly(catalog, netStandard, new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose), strict.WithNullableContextOptions(NullableContextOptions.Disable));
    }

    private static void AssertCompilesCleanly(Catalog catalog, IEnumerable<MetadataReference> references, CSharpParseOptions parseOptions, CSharpCompilationOptions options)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(string.Empty, references, parseOptions, options);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { catalog }, GeneratorHarness.DefaultRootNamespace, parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        // The vendors' own quirks (a FormatMessage insert skipped, a C spec in a Windows text) are reported as warnings; nothing else.
        Assert.All(generatorDiagnostics, d => Assert.Contains(d.Id, new[] { "EC1022", "EC1033" }));
        string source = Assert.Single(driver.GetRunResult().GeneratedTrees).ToString();
        Assert.Contains("public static string Format", source, StringComparison.Ordinal);
        List<Diagnostic> diagnostics = output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(20)));
    }

    private sealed record OracleRow(string Spec, object[] Arguments, string Expected);

    /// <summary>
    /// Every 20th row of the oracle that a helper can take as C took it: the value in the helper's type for its
    /// conversion (long for integers, so an unsigned conversion of a negative 32-bit value, printed by C at 32 bits,
    /// is left out), and no value beyond long.
    /// </summary>
    private static List<OracleRow> RepresentativeOracleRows()
    {
        var rows = new List<OracleRow>();
        string[] lines = File.ReadAllLines(PrintfFormatterTests.OraclePath, Encoding.UTF8);
        for (int i = 0; i < lines.Length; i += 20)
        {
            string[] columns = lines[i].Split('\t');
            (string spec, string type, string width, string precision, string argument, string expected) = (columns[0], columns[1], columns[2], columns[3], columns[4], columns[5]);
            char conversion = spec[^1];
            bool unsigned = "uxXo".Contains(conversion, StringComparison.Ordinal);
            object? value = type switch
            {
                "l" => long.Parse(argument, CultureInfo.InvariantCulture),
                "i" when !(unsigned && argument.StartsWith('-')) => long.Parse(argument, CultureInfo.InvariantCulture),
                "u" or "U" when ulong.Parse(argument, CultureInfo.InvariantCulture) <= long.MaxValue => long.Parse(argument, CultureInfo.InvariantCulture),
                "f" => PrintfFormatterTests.ParseDouble(argument),
                "c" => argument[0],
                "s" => argument,
                _ => null,
            };
            if (value is null || spec.Contains('\t', StringComparison.Ordinal) || expected.Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }

            var arguments = new List<object>();
            if (width != "-")
            {
                arguments.Add(int.Parse(width, CultureInfo.InvariantCulture));
            }

            if (precision != "-")
            {
                arguments.Add(int.Parse(precision, CultureInfo.InvariantCulture));
            }

            arguments.Add(value);
            rows.Add(new OracleRow(spec, arguments.ToArray(), expected));
        }

        return rows;
    }
}
