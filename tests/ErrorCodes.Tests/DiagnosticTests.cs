using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests;

/// <summary>
/// Every diagnostic the generator can report, checked the way a user meets it: its ID, severity, file, the exact
/// 0-based line and column where it starts and ends (the cell a double-click lands on), and the value it names.
/// </summary>
public class DiagnosticTests
{
    private const string FilePath = "/p/errors.csv";
    private const string EnumName = "TestApp.ErrorsErrorCode";
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private static GenerationResult Generate(params string[] lines) => GeneratorHarness.Generate(new[] { Catalog.Csv(FilePath, lines) });

    /// <summary>The members of the generated enum, read from the compiled code, so a test sees what a user can call.</summary>
    private static Dictionary<string, int> EnumMembers(GenerationResult result, string enumName = EnumName) => result.EnumMembers(enumName);

    [Fact]
    public void Header_without_code_column_is_EC1002_on_the_header_row()
    {
        GenerationResult result = Generate("name,message", "X,x");

        AssertDiagnostic(Single(result, "EC1002"), "EC1002", Error, FilePath, (0, 0), (0, 12), "'code'");
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Header_without_name_column_is_EC1002_on_the_header_row()
    {
        GenerationResult result = Generate("code,message", "1,x");

        AssertDiagnostic(Single(result, "EC1002"), "EC1002", Error, FilePath, (0, 0), (0, 12), "'name'");
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Unknown_column_is_EC1003_on_its_header_cell_and_suggests_the_nearest_known_column()
    {
        GenerationResult result = Generate("code,name,mesage", "1,A,x");

        AssertDiagnostic(Single(result, "EC1003"), "EC1003", Warning, FilePath, (0, 10), (0, 16), "'mesage'", "did you mean 'message'");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Unknown_column_far_from_every_known_column_suggests_nothing()
    {
        GenerationResult result = Generate("code,name,zzzzzzzzzzzz", "1,A,x");

        Diagnostic diagnostic = Single(result, "EC1003");
        AssertDiagnostic(diagnostic, "EC1003", Warning, FilePath, (0, 10), (0, 22), "'zzzzzzzzzzzz'");
        Assert.DoesNotContain("did you mean", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999")]
    public void Code_that_is_not_a_32_bit_integer_is_EC1004_on_the_code_cell_and_costs_only_its_row(string code)
    {
        string cell = code.Contains(',') ? "\"" + code + "\"" : code;
        GenerationResult result = Generate("code,name", "7,Before", cell + ",Bad", "8,After");

        AssertDiagnostic(Single(result, "EC1004"), "EC1004", Error, FilePath, (2, 0), (2, cell.Length), "'" + code + "'");
        Assert.Equal(new Dictionary<string, int> { ["Before"] = 7, ["After"] = 8 }, EnumMembers(result));
    }

    [Fact]
    public void Empty_code_is_EC1004_on_the_empty_cell()
    {
        GenerationResult result = Generate("name,code", "Bad,", "After,8");

        AssertDiagnostic(Single(result, "EC1004"), "EC1004", Error, FilePath, (1, 4), (1, 4), "''");
        Assert.Equal(new Dictionary<string, int> { ["After"] = 8 }, EnumMembers(result));
    }

    [Fact]
    public void The_extreme_32_bit_codes_are_accepted()
    {
        GenerationResult result = Generate("code,name", "2147483647,Max", "-2147483648,Min", " 5 ,Padded");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(
            new Dictionary<string, int> { ["Max"] = int.MaxValue, ["Min"] = int.MinValue, ["Padded"] = 5 },
            EnumMembers(result));
    }

    [Fact]
    public void Unmarked_duplicate_code_is_EC1005_warning_naming_the_line_of_the_first_row()
    {
        GenerationResult result = Generate("code,name", "1,First", "2,Other", "1,Again");

        AssertDiagnostic(Single(result, "EC1005"), "EC1005", Warning, FilePath, (3, 0), (3, 1), "code 1", "line 2");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["First"] = 1, ["Other"] = 2, ["Again"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Duplicate_code_marked_as_intended_reports_nothing()
    {
        GenerationResult result = Generate("code,name,duplicate", "406,NotAcceptable,", "406,NotAcceptableAgain,true", "406,NotAcceptable,TRUE");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["NotAcceptable"] = 406, ["NotAcceptableAgain"] = 406 }, EnumMembers(result));
    }

    [Fact]
    public void Duplicate_marker_on_a_code_not_defined_before_is_EC1017_on_the_marker_cell()
    {
        GenerationResult result = Generate("code,name,duplicate", "1,A,", "2,B,true");

        AssertDiagnostic(Single(result, "EC1017"), "EC1017", Warning, FilePath, (2, 4), (2, 8), "'true'");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2 }, EnumMembers(result));
    }

    [Fact]
    public void Duplicate_marker_that_is_not_a_boolean_is_EC1017_on_the_marker_cell()
    {
        GenerationResult result = Generate("code,name,duplicate", "1,A,", "1,B,yes");

        AssertDiagnostic(Single(result, "EC1017"), "EC1017", Warning, FilePath, (2, 4), (2, 7), "'yes'");
    }

    [Fact]
    public void Names_deriving_the_same_member_are_EC1006_and_the_renamed_member_compiles()
    {
        GenerationResult result = Generate("code,name", "1,A_B", "2,A B", "-5,a-b");

        List<Diagnostic> collisions = result.GeneratorDiagnostics.Where(d => d.Id == "EC1006").ToList();
        Assert.Equal(2, collisions.Count);
        AssertDiagnostic(collisions[0], "EC1006", Warning, FilePath, (2, 2), (2, 5), "'A B'", "'AB'", "code 1", "line 2", "'AB_2'");
        AssertDiagnostic(collisions[1], "EC1006", Warning, FilePath, (3, 3), (3, 6), "'a-b'", "'AB'", "'AB_Minus5'");
        Assert.Equal(new Dictionary<string, int> { ["AB"] = 1, ["AB_2"] = 2, ["AB_Minus5"] = -5 }, EnumMembers(result));
    }

    [Fact]
    public void Empty_name_is_EC1007_on_the_empty_name_cell()
    {
        GenerationResult result = Generate("code,name", "1,", "2,Kept");

        AssertDiagnostic(Single(result, "EC1007"), "EC1007", Error, FilePath, (1, 2), (1, 2), "code 1");
        Assert.Equal(new Dictionary<string, int> { ["Kept"] = 2 }, EnumMembers(result));
    }

    [Fact]
    public void Empty_name_with_a_member_override_is_accepted()
    {
        GenerationResult result = Generate("code,name,member", "250321,,Unnamed250321");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["Unnamed250321"] = 250321 }, EnumMembers(result));
    }

    [Fact]
    public void Name_without_letters_or_digits_is_EC1008_on_the_name_cell()
    {
        GenerationResult result = Generate("code,name", "1,???", "2,Kept");

        AssertDiagnostic(Single(result, "EC1008"), "EC1008", Error, FilePath, (1, 2), (1, 5), "'???'");
        Assert.Equal(new Dictionary<string, int> { ["Kept"] = 2 }, EnumMembers(result));
    }

    [Fact]
    public void Name_starting_with_a_digit_is_EC1009_and_becomes_an_underscored_member()
    {
        GenerationResult result = Generate("code,name", "1,3G_FAILED");

        AssertDiagnostic(Single(result, "EC1009"), "EC1009", Warning, FilePath, (1, 2), (1, 11), "'3G_FAILED'", "'_3gFailed'");
        Assert.Equal(new Dictionary<string, int> { ["_3gFailed"] = 1 }, EnumMembers(result));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("1abc")]
    [InlineData("a b")]
    [InlineData("a-b")]
    [InlineData("value__")]
    public void Member_override_that_is_not_a_valid_identifier_is_EC1013_on_the_member_cell(string member)
    {
        GenerationResult result = Generate("code,name,member", "1,A," + member, "2,B,");

        AssertDiagnostic(Single(result, "EC1013"), "EC1013", Error, FilePath, (1, 4), (1, 4 + member.Length), "'" + member + "'");
        Assert.Equal(new Dictionary<string, int> { ["B"] = 2 }, EnumMembers(result));
    }

    [Fact]
    public void Row_with_too_many_fields_is_EC1010_on_the_whole_row()
    {
        GenerationResult result = Generate("code,name", "1,A,extra", "2,B");

        AssertDiagnostic(Single(result, "EC1010"), "EC1010", Error, FilePath, (1, 0), (1, 9), "3 fields", "header has 2");
        Assert.Equal(new Dictionary<string, int> { ["B"] = 2 }, EnumMembers(result));
    }

    [Fact]
    public void Row_with_too_few_fields_is_EC1010_on_the_whole_row()
    {
        GenerationResult result = Generate("code,name,message", "1,A", "2,B,b");

        AssertDiagnostic(Single(result, "EC1010"), "EC1010", Error, FilePath, (1, 0), (1, 3), "2 fields", "header has 3");
        Assert.Equal(new Dictionary<string, int> { ["B"] = 2 }, EnumMembers(result));
    }

    [Fact]
    public void Unterminated_quote_is_EC1011_where_the_field_starts_and_earlier_rows_still_generate()
    {
        GenerationResult result = Generate("code,name,message", "1,A,a", "2,B,\"never closed", "3,C,c");

        AssertDiagnostic(Single(result, "EC1011"), "EC1011", Error, FilePath, (2, 4), (2, 5), "\"never closed");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Lone_quote_after_the_header_is_EC1011_at_the_quote()
    {
        // A stray quote opens a field that swallows the rest of the file; even when nothing but a line break
        // follows it, the user has to hear about it.
        GenerationResult result = Generate("code,name", "1,A", "\"");

        AssertDiagnostic(Single(result, "EC1011"), "EC1011", Error, FilePath, (2, 0), (2, 1));
    }

    [Theory]
    [InlineData("a\"b", 3)]
    [InlineData("\"a\"b", 4)]
    public void Misplaced_quote_is_EC1012_on_the_field_and_costs_only_its_row(string field, int length)
    {
        GenerationResult result = Generate("code,name", "1,A", "2," + field, "3,C");

        AssertDiagnostic(Single(result, "EC1012"), "EC1012", Error, FilePath, (2, 2), (2, 2 + length), "'" + field + "'");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["C"] = 3 }, EnumMembers(result));
    }

    [Theory]
    [InlineData("message.!!")]
    [InlineData("description.!!")]
    [InlineData("message.")]
    public void Localized_column_without_a_culture_name_is_EC1018_on_its_header_cell(string column)
    {
        GenerationResult result = Generate("code,name," + column, "1,A,x");

        AssertDiagnostic(Single(result, "EC1018"), "EC1018", Warning, FilePath, (0, 10), (0, 10 + column.Length), "'" + column + "'");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void File_name_that_cannot_be_a_domain_is_EC1014_on_the_file()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv("/p/123.csv", "code,name", "1,A") });

        AssertDiagnostic(Single(result, "EC1014"), "EC1014", Error, "/p/123.csv", (0, 0), (0, 0), "'123'");
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Domain_metadata_that_is_not_an_identifier_is_EC1014_naming_the_metadata_value()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(FilePath, "code,name", "1,A") with { Domain = "my domain" } });

        AssertDiagnostic(Single(result, "EC1014"), "EC1014", Error, FilePath, (0, 0), (0, 0), "'my domain'");
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData("My..Ns")]
    [InlineData("1Bad")]
    [InlineData("Company.class")]
    [InlineData("Company.")]
    public void Namespace_metadata_that_is_not_a_namespace_is_EC1015_on_the_file(string ns)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(FilePath, "code,name", "1,A") with { Namespace = ns } });

        AssertDiagnostic(Single(result, "EC1015"), "EC1015", Error, FilePath, (0, 0), (0, 0), "'" + ns + "'");
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_files_claiming_one_domain_is_EC1016_on_the_ordinally_later_path_whatever_the_order_given(bool reversed)
    {
        var winner = Catalog.Csv("/p/a/errors.csv", "code,name", "1,FromA");
        var loser = Catalog.Csv("/p/b/errors.csv", "code,name", "1,FromB");
        GenerationResult result = GeneratorHarness.Generate(reversed ? new[] { loser, winner } : new[] { winner, loser });

        AssertDiagnostic(Single(result, "EC1016"), "EC1016", Error, "/p/b/errors.csv", (0, 0), (0, 0), "'TestApp.Errors'", "'/p/a/errors.csv'");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["FromA"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Domains_differing_only_in_case_conflict_too()
    {
        var first = Catalog.Csv("/p/a.csv", "code,name", "1,FromA") with { Domain = "Errors" };
        var second = Catalog.Csv("/p/b.csv", "code,name", "1,FromB") with { Domain = "ERRORS" };
        GenerationResult result = GeneratorHarness.Generate(new[] { second, first });

        AssertDiagnostic(Single(result, "EC1016"), "EC1016", Error, "/p/b.csv", (0, 0), (0, 0), "'TestApp.ERRORS'", "'/p/a.csv'");
        Assert.Equal(new Dictionary<string, int> { ["FromA"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Missing_runtime_library_is_EC1019_and_generates_no_source()
    {
        Compilation withoutRuntime = GeneratorHarness.CreateCompilation(references: GeneratorHarness.NetReferences);
        GenerationResult result = Run(new AdditionalText[] { new InMemoryAdditionalText(FilePath, "code,name\n1,A\n") }, withoutRuntime);

        AssertDiagnostic(Single(result, "EC1019"), "EC1019", Error, FilePath, (0, 0), (0, 0), "ErrorCodes.ErrorCodeException");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Empty_file_is_EC1025_on_the_file()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, string.Empty) });

        AssertDiagnostic(Single(result, "EC1025"), "EC1025", Warning, FilePath, (0, 0), (0, 0), "The catalog file 'errors.csv' is empty", "write a header row");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData("\n\r\n\n")]
    [InlineData(" \t \n  ")]
    [InlineData("\uFEFF")]
    [InlineData(",,,\n,,\n")]
    public void File_of_blank_lines_spaces_a_BOM_or_separators_is_EC1025_on_the_file(string text)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, text) });

        AssertDiagnostic(Single(result, "EC1025"), "EC1025", Warning, FilePath, (0, 0), (0, 0), "'errors.csv'");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Header_only_file_is_EC1020_on_the_header_and_generates_no_code_as_the_message_says()
    {
        GenerationResult result = Generate("code,name");

        Diagnostic diagnostic = Single(result, "EC1020");
        AssertDiagnostic(diagnostic, "EC1020", Warning, FilePath, (0, 0), (0, 9), "'errors.csv'", "no code is generated");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Unreadable_file_is_EC1001_and_other_files_still_generate()
    {
        GenerationResult result = Run(new AdditionalText[]
        {
            new UnreadableAdditionalText("/p/gone.csv"),
            new InMemoryAdditionalText(FilePath, "code,name\n1,A\n"),
        });

        AssertDiagnostic(Single(result, "EC1001"), "EC1001", Error, "/p/gone.csv", (0, 0), (0, 0), "'gone.csv'");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Exception_while_reading_a_file_is_EC1099_on_that_file_and_other_files_still_generate()
    {
        GenerationResult result = Run(new AdditionalText[]
        {
            new FailingAdditionalText("/p/broken.csv"),
            new InMemoryAdditionalText(FilePath, "code,name\n1,A\n"),
        });

        AssertDiagnostic(Single(result, "EC1099"), "EC1099", Error, "/p/broken.csv", (0, 0), (0, 0), "IOException", "The disk went away.");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Null(result.RunResult.Results.Single().Exception);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Bad_rows_cost_only_themselves_and_the_good_rows_of_the_same_file_generate_and_compile()
    {
        GenerationResult result = Generate(
            "code,name,member,message",
            "1,First,,first",
            "x,BadCode,,",
            "2,Second,,second {0}",
            "3,,,",
            "4,Fourth,,",
            "5,???,,",
            "6,Sixth,class,",
            "7,Seventh,,,extra",
            "8,Eighth,,\"a\"b",
            "9,Ninth,,last {0} {1}");

        Assert.Equal(
            new[] { "EC1004", "EC1007", "EC1008", "EC1010", "EC1012", "EC1013" },
            result.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray());
        Assert.Equal(
            new Dictionary<string, int> { ["First"] = 1, ["Second"] = 2, ["Fourth"] = 4, ["Ninth"] = 9 },
            EnumMembers(result));
    }

    [Theory]
    [InlineData("code,message\n1,x\n")]
    [InlineData("code,name\n1,A\n2,\"open\n")]
    [InlineData("")]
    public void A_bad_file_costs_only_itself_and_another_good_file_still_generates(string badText)
    {
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            new Catalog("/p/bad.csv", badText),
            Catalog.Csv(FilePath, "code,name", "1,A"),
        });

        Assert.NotEmpty(result.GeneratorDiagnostics);
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal("/p/bad.csv", d.Location.GetLineSpan().Path));
        Assert.Contains("TestApp.Errors.ErrorCodes.g.cs", result.Sources.Keys);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void A_file_with_a_bad_domain_costs_only_itself()
    {
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv("/p/123.csv", "code,name", "1,A"),
            Catalog.Csv(FilePath, "code,name", "1,A"),
        });

        Assert.Equal("EC1014", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    /// <summary>Test cases refer to these by index because xunit's serialization of test data would alter lone surrogates and NUL.</summary>
    private static readonly (string Name, string Text)[] NastyInputCases = NastyInputList().ToArray();

    public static TheoryData<int, string> NastyInputs()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < NastyInputCases.Length; i++)
        {
            data.Add(i, NastyInputCases[i].Name);
        }

        return data;
    }

    private static IEnumerable<(string Name, string Text)> NastyInputList()
    {
        yield return ("lone quote", "\"");
        yield return ("three quotes", "\"\"\"");
        yield return ("quote after header", "code,name\n\"");
        yield return ("only commas", ",,,\n,,,\n");
        yield return ("only CRs", "\r\r\r");
        yield return ("NUL characters", "code,name\n\0,\0\n");
        yield return ("repeated header columns", "code,code,name,name,message,message\n1,2,A,B,x,y\n");
        yield return ("header of quotes", "\"code\"\"\",\"name\"\n1,A\n");
        yield return ("lone surrogates", "code,name\n1,\uD800\n2,\uDC00x\n");
        yield return ("placeholders too long to be indexes", "code,name,message\n1,A,{99999} {2147483648} {-1} {0\n");
        yield return ("thousand columns", "code,name," + string.Join(",", Enumerable.Range(0, 1000).Select(i => "c" + i)) + "\n1,A" + new string(',', 1000) + "\n");
        yield return ("only localized columns", "code,name,message.ko,message.ko,description.x-y\n1,A,a,b,c\n");
        yield return ("BOM only", "\uFEFF");
        yield return ("BOM twice", "\uFEFF\uFEFFcode,name\n1,A\n");

        var random = new Random(20240610);
        for (int i = 0; i < 8; i++)
        {
            var bytes = new byte[400];
            random.NextBytes(bytes);
            yield return ("random bytes as UTF-8 #" + i, Encoding.UTF8.GetString(bytes));
            yield return ("random bytes as Latin-1 #" + i, "code,name,message\n" + Encoding.Latin1.GetString(bytes));
        }

        // Random text made mostly of the characters CSV cares about, so that quoting goes wrong in many ways.
        const string alphabet = "\",\r\n\"\",a1-{}0 \t";
        for (int i = 0; i < 8; i++)
        {
            var text = new StringBuilder("code,name,message\n");
            for (int j = 0; j < 300; j++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            yield return ("random CSV punctuation #" + i, text.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(NastyInputs))]
    public void Generator_never_throws_and_whatever_it_generates_compiles(int inputCase, string name)
    {
        string text = NastyInputCases[inputCase].Text;
        GenerationResult result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, text), Catalog.Csv("/p/good.csv", "code,name", "1,A") });

        GeneratorRunResult run = result.RunResult.Results.Single();
        Assert.True(run.Exception is null, name + ": " + run.Exception);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "EC1099" || d.Id == "CS8785");
        Assert.DoesNotContain(result.CompilerDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("TestApp.GoodErrorCode"));
    }

    [Fact]
    public void A_stray_large_placeholder_index_does_not_make_a_method_with_thousands_of_parameters()
    {
        // One typo such as {9999} in a message cell must not produce a helper whose compilation stalls the
        // consumer's build (a {999} helper already costs the compiler many seconds). Only the generated text is
        // inspected here: compiling it is exactly what takes too long.
        GenerationResult result = Generate("code,name,message", "1,A,Value {0} of {9999}");

        string source = Assert.Single(result.Sources).Value;
        int widest = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot()
            .DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
            .Max(method => method.ParameterList.Parameters.Count);
        Assert.True(widest < 1000, $"A generated method has {widest} parameters.");
    }

    [Fact]
    public void Localized_message_needing_an_argument_the_format_helper_cannot_take_is_reported_on_its_cell()
    {
        // The helpers take one argument per index of the neutral message, so {1} in the Korean text can never be
        // filled: a Korean user would read a raw "{1}". EC1021 reports it on that cell, naming both sets of placeholders.
        GenerationResult result = Generate("code,name,message,message.ko", "1,A,{0},{0} {1}");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "EC1021", Warning, FilePath, (1, 8), (1, 15), "'message.ko'", "{0}, {1}", "uses {0}");
    }

    [Fact]
    public void Localized_message_with_the_same_placeholders_in_another_order_is_silent()
    {
        GenerationResult result = Generate("code,name,message,message.ko", "1,A,{0} of {1},{1}의 {0}");

        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Theory]
    [InlineData("only {2}", "{2}", "{0}")]
    [InlineData("{0} and {2}", "{0}, {2}", "{1}")]
    [InlineData("Value {0} of {9999}", "{0}, {9999}", "{1}")]
    public void Placeholder_gap_is_EC1022_on_the_message_and_the_row_keeps_everything_but_its_helper(string message, string used, string missing)
    {
        GenerationResult result = Generate("code,name,message", "1,A," + message, "2,B,{0}");

        AssertDiagnostic(Single(result, "EC1022"), "EC1022", Warning, FilePath, (1, 4), (1, 4 + message.Length), "placeholder " + missing + " is missing below " + used.Split(", ")[^1], "until then this row gets no format helper");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2 }, EnumMembers(result));
        INamedTypeSymbol lookups = result.Compilation.GetTypeByMetadataName("TestApp.ErrorsErrorCodes")!;
        Assert.Empty(lookups.GetMembers("FormatA"));
        Assert.Single(lookups.GetMembers("FormatB"));
    }

    [Fact]
    public void Positions_are_exact_after_a_BOM_decoded_like_a_file_on_disk()
    {
        byte[] bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("code,name,mesage\n1,A,x\nbad,B,y\n")).ToArray();
        GenerationResult result = Run(new AdditionalText[] { new EncodedAdditionalText(FilePath, bytes) });

        AssertDiagnostic(Single(result, "EC1003"), "EC1003", Warning, FilePath, (0, 10), (0, 16), "'mesage'");
        AssertDiagnostic(Single(result, "EC1004"), "EC1004", Error, FilePath, (2, 0), (2, 3), "'bad'");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Positions_of_rows_are_exact_after_a_BOM_kept_in_the_text()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, "\uFEFFcode,name,member\n1,A,\n2,B,class\n") });

        AssertDiagnostic(Single(result, "EC1013"), "EC1013", Error, FilePath, (2, 4), (2, 9), "'class'");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void Positions_are_exact_with_CRLF_line_endings()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, "code,name,member\r\n1,A,\r\n2,B,\r\n3,C,class\r\n4,D,\r\n") });

        AssertDiagnostic(Single(result, "EC1013"), "EC1013", Error, FilePath, (3, 4), (3, 9), "'class'");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2, ["D"] = 4 }, EnumMembers(result));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Positions_are_exact_after_multi_line_quoted_fields_and_blank_lines(string newline)
    {
        string text = string.Join(newline,
            "code,name,message",
            "1,A,\"first line",
            "second line",
            "third line\"",
            string.Empty,
            "2,B,\"one",
            "two\"",
            "bad,C,x",
            string.Empty);
        GenerationResult result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, text) });

        AssertDiagnostic(Single(result, "EC1004"), "EC1004", Error, FilePath, (7, 0), (7, 3), "'bad'");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2 }, EnumMembers(result));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_cell_after_a_line_break_inside_its_own_row_is_located_on_the_later_line(string newline)
    {
        string text = "code,message,name,member" + newline + "1,\"multi" + newline + "line\",A,class" + newline + "2,m,B," + newline;
        GenerationResult result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, text) });

        AssertDiagnostic(Single(result, "EC1013"), "EC1013", Error, FilePath, (2, 8), (2, 13), "'class'");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_multi_line_cell_spans_from_its_opening_to_its_closing_quote(string newline)
    {
        string text = "code,name" + newline + "1,A" + newline + "\"12" + newline + "34\",B" + newline;
        GenerationResult result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, text) });

        AssertDiagnostic(Single(result, "EC1004"), "EC1004", Error, FilePath, (2, 0), (3, 3));
    }

    [Fact]
    public void Unterminated_quote_is_reported_at_its_line_and_column_after_BOM_CRLF_and_multi_line_fields()
    {
        byte[] bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("code,name,message\r\n1,A,\"x\r\ny\"\r\n\r\n2,B,\"open\r\n3,C,c\r\n"))
            .ToArray();
        GenerationResult result = Run(new AdditionalText[] { new EncodedAdditionalText(FilePath, bytes) });

        AssertDiagnostic(Single(result, "EC1011"), "EC1011", Error, FilePath, (4, 4), (4, 5), "\"open");
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1 }, EnumMembers(result));
    }

    [Fact]
    public void The_seed_catalogs_together_produce_only_the_vendor_quirks_they_list()
    {
        GenerationResult result = GeneratorHarness.Generate(SeedCatalogs.All());

        // SQL Server's four %S_DATE and %S_MSG, each at its cell; nothing from the other catalogs.
        Assert.Equal(SeedCatalogs.DiagnosticsOf(SeedCatalogs.All()), SeedCatalogs.Describe(result.GeneratorDiagnostics));
        Assert.Equal(SeedCatalogs.FileNames.Length, result.Sources.Count);
    }
}
