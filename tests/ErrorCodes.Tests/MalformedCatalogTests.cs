using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests;

/// <summary>
/// The diagnostics for catalogs broken the way hand-copied vendor tables break: wrong encodings, files that are not
/// CSV at all, empty files, repeated columns, placeholders that were meant but are not {N}, names that clash with
/// generated names, files listed twice. Each is checked for ID, severity, file, both ends of its span and its
/// message, and for what still generates beside it.
/// </summary>
public class MalformedCatalogTests
{
    private const string FilePath = "/p/errors.csv";
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private static GenerationResult Generate(params string[] lines) => GeneratorHarness.Generate(new[] { Catalog.Csv(FilePath, lines) });

    private static Dictionary<string, int> EnumMembers(GenerationResult result, string enumName = "TestApp.ErrorsErrorCode") => result.EnumMembers(enumName);

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Text_the_compiler_decoded_with_a_fallback_code_page_is_EC1023_at_the_first_character_that_came_out_of_it()
    {
        // What csc does with a file that is not valid UTF-8 on Windows: it decodes it with the ANSI code page.
        var text = SourceText.From("code,name,message\n1,A,plain\n2,B,caf\u00E9 \u00E0 la carte\n", Encoding.Latin1);
        GenerationResult result = Run(new AdditionalText[] { new TextAdditionalText(FilePath, text) });

        AssertDiagnostic(Single(result, "EC1023"), "EC1023", Error, FilePath, (2, 7), (2, 8), "'errors.csv'", "not valid UTF-8", "iso-8859-1", "save the file as UTF-8");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2 }, EnumMembers(result));
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_decoded_with_replacement_characters_are_EC1023_at_the_first_one()
    {
        // What a UTF-8 decoder that does not throw makes of Latin-1 bytes (csc on Linux, many editors): U+FFFD.
        byte[] bytes = Encoding.Latin1.GetBytes("code,name,message\n1,A,ok\n2,B,\u00E9t\u00E9\n");
        GenerationResult result = Run(new AdditionalText[] { new EncodedAdditionalText(FilePath, bytes) });

        AssertDiagnostic(Single(result, "EC1023"), "EC1023", Error, FilePath, (2, 4), (2, 5), "'errors.csv'", "U+FFFD");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2 }, EnumMembers(result));
    }

    [Fact]
    public void Valid_UTF_8_with_Korean_text_and_a_BOM_is_not_EC1023()
    {
        byte[] bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("code,name,message.ko\n1,A,오류 발생\n")).ToArray();
        GenerationResult result = Run(new AdditionalText[] { new EncodedAdditionalText(FilePath, bytes) });

        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Fact]
    public void UTF_16_without_a_BOM_is_EC1024_at_its_first_NUL_and_costs_only_its_file()
    {
        byte[] bytes = Encoding.Unicode.GetBytes("code,name\n1,A\n");
        GenerationResult result = Run(new AdditionalText[]
        {
            new EncodedAdditionalText("/p/wide.csv", bytes),
            new InMemoryAdditionalText(FilePath, "code,name\n1,A\n"),
        });

        AssertDiagnostic(Single(result, "EC1024"), "EC1024", Error, "/p/wide.csv", (0, 1), (0, 2), "'wide.csv'", "not CSV text", "UTF-16", "export the table as CSV in UTF-8");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new[] { "TestApp.Errors.ErrorCodes.g.cs" }, result.Sources.Keys);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void A_binary_file_is_EC1024_and_generates_nothing()
    {
        // The start of a zip archive, which is what a spreadsheet saved under a .csv name is.
        byte[] bytes = { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0x8C };
        GenerationResult result = Run(new AdditionalText[] { new EncodedAdditionalText(FilePath, bytes) });

        Diagnostic diagnostic = Single(result, "EC1024");
        AssertDiagnostic(diagnostic, "EC1024", Error, FilePath, (0, 5), (0, 6), "'errors.csv'");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_repeated_column_is_EC1026_on_the_later_header_cell_and_the_first_column_is_used()
    {
        GenerationResult result = Generate("code,name,message,Message", "1,A,first,second");

        AssertDiagnostic(Single(result, "EC1026"), "EC1026", Warning, FilePath, (0, 18), (0, 25), "'Message'", "'message' in field 3", "remove or rename");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
        Assert.Contains("\"first\"", Assert.Single(result.Sources).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_localized_column_is_EC1026_whatever_the_case_of_the_culture()
    {
        GenerationResult result = Generate("code,name,message.ko,message.KO", "1,A,first,second");

        AssertDiagnostic(Single(result, "EC1026"), "EC1026", Warning, FilePath, (0, 21), (0, 31), "'message.KO'", "'message.ko' in field 3");
    }

    [Fact]
    public void A_repeated_required_column_is_EC1026_too()
    {
        GenerationResult result = Generate("code,name,code", "1,A,2");

        AssertDiagnostic(Single(result, "EC1026"), "EC1026", Warning, FilePath, (0, 10), (0, 14), "'code'", "'code' in field 1");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Theory]
    [InlineData("Value {0 is wrong", "{0", "never closed")]
    [InlineData("Value {0", "{0", "never closed")]
    [InlineData("Spaced { 0} here", "{ 0}", "spaces inside the braces")]
    [InlineData("Spaced {0 } here", "{0 }", "spaces inside the braces")]
    [InlineData("Negative {-1} here", "{-1}", "a negative index")]
    [InlineData("Signed {+1} here", "{+1}", "a sign before the index")]
    [InlineData("Huge {12345} here", "{12345}", "more than four digits")]
    public void A_malformed_placeholder_is_EC1027_on_its_message_cell_and_stays_text(string message, string shown, string reason)
    {
        string cell = message.Contains(',') ? "\"" + message + "\"" : message;
        GenerationResult result = Generate("code,name,message", "1,A," + cell, "2,B,{0}");

        AssertDiagnostic(
            Single(result, "EC1027"),
            "EC1027",
            Warning,
            FilePath,
            (1, 4 + (cell.Length - message.Length) / 2 + message.IndexOf(shown, StringComparison.Ordinal)),
            (1, 4 + (cell.Length - message.Length) / 2 + message.IndexOf(shown, StringComparison.Ordinal) + shown.Length),
            "The message text has '" + shown + "'",
            reason);
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2 }, EnumMembers(result));
        // Row A's message opens the messages table, which is one literal with the rows joined at a separator.
        Assert.Contains(Literal(message)[..^1], Assert.Single(result.Sources).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_placeholder_in_a_localized_message_names_its_column_and_the_row_keeps_its_helper()
    {
        GenerationResult result = Generate("code,name,message,message.ko", "1,A,Value {0},값 {0} { 1}");

        AssertDiagnostic(Single(result, "EC1027"), "EC1027", Warning, FilePath, (1, 20), (1, 24), "The message.ko text has '{ 1}'", "spaces inside the braces");
        INamedTypeSymbol lookups = result.Compilation.GetTypeByMetadataName("TestApp.ErrorsErrorCodes")!;
        Assert.Equal(2, lookups.GetMembers("FormatA").Length);
    }

    [Fact]
    public void Every_malformed_placeholder_of_a_cell_is_reported()
    {
        GenerationResult result = Generate("code,name,message", "1,A,{ 0} and {-1}");

        Assert.Equal(
            new[] { "'{ 0}'", "'{-1}'" },
            result.GeneratorDiagnostics.Select(d => Message(d).Split('\'')[1]).Select(text => "'" + text + "'").ToArray());
    }

    [Theory]
    [InlineData("Invalid body {'key': {0}}")]
    [InlineData("See { the manual } for {0}")]
    [InlineData("Empty {} braces {0}")]
    [InlineData("Doubled {{0}} braces")]
    [InlineData("Count {0 items} of {0}")]
    [InlineData("Object {a: 1}")]
    [InlineData("A lone { brace")]
    [InlineData("A lone } brace")]
    public void Braces_that_are_plain_text_are_not_reported(string message)
    {
        GenerationResult result = Generate("code,name,message", "1,A," + message);

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
    }

    [Fact]
    public void A_domain_whose_exception_would_be_the_librarys_own_type_is_EC1028_and_costs_only_its_file()
    {
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv("/p/error-code.csv", "code,name", "1,A") with { Namespace = "ErrorCodes" },
            Catalog.Csv(FilePath, "code,name", "1,A"),
        });

        AssertDiagnostic(Single(result, "EC1028"), "EC1028", Error, "/p/error-code.csv", (0, 0), (0, 0), "'ErrorCode'", "'ErrorCodes.ErrorCodeException'", "set ErrorCodesDomain or ErrorCodesNamespace");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new[] { "TestApp.Errors.ErrorCodes.g.cs" }, result.Sources.Keys);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Members_named_like_the_generated_and_inherited_API_compile_and_the_API_stays_callable()
    {
        // Enum members live in the enum; helpers live in the lookup class, and invocations skip
        // fields, so these names collide with nothing. This pins that down for every name a user might fear; the
        // one real clash, a helper named like its own type, is EC1031 (GeneratedNameTests).
        string[] names =
        {
            "ToString", "Equals", "GetHashCode", "GetType", "CompareTo", "HasFlag", "GetTypeCode",
            "IsDefined", "TryFromCode", "GetName", "GetMemberName", "GetMessage", "GetDescription", "GetCategory",
            "All", "Domain", "Code", "ErrorCode", "ErrorName", "ErrorsErrorCode", "ErrorsException", "FormatA", "CreateA", "A",
        };
        var lines = new List<string> { "code,name,member,message,message.ko,description,category" };
        lines.AddRange(names.Select((name, i) => $"{i + 1},{name},{name},Value {{0}},값 {{0}},d,c"));
        const string user = """
            using System.Globalization;
            using TestApp;

            internal static class Calls
            {
                public static string Run(ErrorsErrorCode code)
                {
                    var korean = CultureInfo.GetCultureInfo("ko");
                    bool defined = code.IsDefined() && ErrorsErrorCodes.IsDefined(1) && ErrorsErrorCodes.TryFromCode(1, out _);
                    string text = code.ToString() + code.GetHashCode() + code.Equals(code) + code.GetType() + code.CompareTo(code)
                        + code.HasFlag(code) + code.GetTypeCode() + code.GetName() + code.GetMemberName() + code.GetMessage()
                        + code.GetMessage(korean) + code.GetDescription() + code.GetCategory() + ErrorsErrorCodes.All.Count
                        + ErrorsErrorCodes.Domain + ErrorsErrorCodes.FormatA(1) + ErrorsErrorCodes.FormatFormatA(korean, 2)
                        + ErrorsException.Create(ErrorsErrorCode.A, ErrorsErrorCodes.FormatA(3)).Message
                        + ErrorsException.Create(ErrorsErrorCode.CreateA, ErrorsErrorCodes.FormatCreateA(4)).Code;
                    return defined + text + ErrorsErrorCode.ToString + ErrorsErrorCode.ErrorsErrorCode + ErrorsErrorCode.GetMessage;
                }
            }
            """;

        GenerationResult result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, string.Join("\n", lines) + "\n") }, user);

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.True(result.CompilerDiagnostics.Count == 0, string.Join("\n", result.CompilerDiagnostics));
        Assert.Equal(names.Length, EnumMembers(result).Count);
    }

    [Fact]
    public void A_file_listed_twice_is_EC1029_once_and_generates_once()
    {
        GenerationResult result = Run(new AdditionalText[]
        {
            new InMemoryAdditionalText(FilePath, "code,name\n1,A\n"),
            new InMemoryAdditionalText(FilePath, "code,name\n1,A\n"),
        });

        AssertDiagnostic(Single(result, "EC1029"), "EC1029", Warning, FilePath, (0, 0), (0, 0), "'errors.csv'", "listed more than once", "remove the repeated AdditionalFiles item");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Null(result.RunResult.Results.Single().Exception);
        Assert.Single(result.Sources);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Duplicate_code_warning_names_both_lines_and_points_at_the_first_definition_too()
    {
        GenerationResult result = Generate("code,name", "1,First", "2,Other", "1,Again");

        Diagnostic diagnostic = Single(result, "EC1005");
        AssertDiagnostic(diagnostic, "EC1005", Warning, FilePath, (3, 0), (3, 1), "The code 1 on line 4 is already defined on line 2", "'duplicate' column");
        Location first = Assert.Single(diagnostic.AdditionalLocations);
        FileLinePositionSpan span = first.GetLineSpan();
        Assert.Equal((FilePath, 1, 0, 1, 1), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
    }

    [Fact]
    public void Wrong_field_count_names_the_row()
    {
        GenerationResult result = Generate("code,name", "1,A,extra");

        AssertDiagnostic(Single(result, "EC1010"), "EC1010", Error, FilePath, (1, 0), (1, 9), "The row '1,A,extra' has 3 fields but the header has 2");
    }

    [Fact]
    public void Unknown_column_with_no_near_name_lists_the_known_columns()
    {
        GenerationResult result = Generate("code,name,zzzzzzzzzzzz", "1,A,x");

        AssertDiagnostic(Single(result, "EC1003"), "EC1003", Warning, FilePath, (0, 10), (0, 22), "'zzzzzzzzzzzz'", "rename it to one of code, name, member, message", "or remove it");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void File_names_that_convert_to_the_same_domain_are_EC1016_naming_both_files(bool reversed)
    {
        var dashed = Catalog.Csv("/p/live-station.csv", "code,name", "1,Dashed");
        var underscored = Catalog.Csv("/p/live_station.csv", "code,name", "1,Underscored");
        GenerationResult result = GeneratorHarness.Generate(reversed ? new[] { underscored, dashed } : new[] { dashed, underscored });

        // '-' sorts before '_', so live-station.csv keeps the domain whatever the order the files arrive in.
        AssertDiagnostic(
            Single(result, "EC1016"),
            "EC1016",
            Error,
            "/p/live_station.csv",
            (0, 0),
            (0, 0),
            "'TestApp.LiveStation'",
            "'/p/live-station.csv'",
            "differ only in case or punctuation",
            "set ErrorCodesDomain");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["Dashed"] = 1 }, EnumMembers(result, "TestApp.LiveStationErrorCode"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_category_whose_exception_type_another_domain_generates_is_EC1030_on_its_cell_and_its_codes_get_the_domain_exception(bool reversed)
    {
        var live = Catalog.Csv("/p/live.csv", "code,name,category", "1,A,Station", "2,B,Other", "3,C,Station");
        var liveStation = Catalog.Csv("/p/live-station.csv", "code,name", "1,A");
        GenerationResult result = GeneratorHarness.Generate(reversed ? new[] { liveStation, live } : new[] { live, liveStation });

        AssertDiagnostic(
            Single(result, "EC1030"),
            "EC1030",
            Warning,
            "/p/live.csv",
            (1, 4),
            (1, 11),
            "The category 'Station' would get the exception type 'TestApp.LiveStationException', which '/p/live-station.csv' already generates",
            "rename the category");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Equal("ErrorCodes.ErrorCodeException", result.Compilation.GetTypeByMetadataName("TestApp.LiveStationException")!.BaseType!.ToDisplayString());
        Assert.Equal("TestApp.LiveException", result.Compilation.GetTypeByMetadataName("TestApp.LiveOtherException")!.BaseType!.ToDisplayString());
    }

    [Fact]
    public void Two_domains_whose_categories_give_one_exception_type_keep_it_for_the_first_path_and_report_EC1030_on_the_other()
    {
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv("/p/b.csv", "code,name,category", "1,A,Error") with { Domain = "LiveStation" },
            Catalog.Csv("/p/a.csv", "code,name,category", "1,A,Station Error") with { Domain = "Live" },
        });

        AssertDiagnostic(Single(result, "EC1030"), "EC1030", Warning, "/p/b.csv", (1, 4), (1, 9), "'Error'", "'TestApp.LiveStationErrorException'", "'/p/a.csv'");
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Equal("TestApp.LiveException", result.Compilation.GetTypeByMetadataName("TestApp.LiveStationErrorException")!.BaseType!.ToDisplayString());
    }

    [Fact]
    public void A_category_whose_exception_type_is_the_librarys_own_is_EC1030_naming_the_library()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv("/p/error.csv", "code,name,category", "1,A,Code") with { Namespace = "ErrorCodes" } });

        AssertDiagnostic(Single(result, "EC1030"), "EC1030", Warning, "/p/error.csv", (1, 4), (1, 8), "'Code'", "'ErrorCodes.ErrorCodeException'", "which the ErrorCodes library already generates");
        Assert.Empty(result.CompilerDiagnostics);
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>A catalog file whose text the host already decoded, with the encoding it used.</summary>
    private sealed class TextAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
