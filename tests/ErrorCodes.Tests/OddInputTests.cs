using System.Linq;
using System.Text;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests;

/// <summary>
/// Inputs at the edges of what a CSV file can be, each pinned to the result a user should get: a file of a
/// byte-order mark alone, a first row of commas, old Mac line endings, Unicode line separators inside a message, a
/// cell of a megabyte, names without a Latin letter, and codes written in every way a number can be mistyped.
/// </summary>
public class OddInputTests
{
    private const string FilePath = "/p/errors.csv";
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private static GenerationResult FromBytes(string text) => Run(new AdditionalText[] { new EncodedAdditionalText(FilePath, Encoding.UTF8.GetBytes(text)) });

    private static GeneratedDomain Load(params string[] lines)
        => GeneratedDomain.Find(GeneratorHarness.CompileAndLoad(new[] { Catalog.Csv(FilePath, lines) }), "TestApp", "Errors");

    [Fact]
    public void A_file_of_a_byte_order_mark_alone_is_EC1025()
    {
        GenerationResult result = Run(new AdditionalText[] { new EncodedAdditionalText(FilePath, new byte[] { 0xEF, 0xBB, 0xBF }) });

        AssertDiagnostic(Single(result, "EC1025"), "EC1025", Warning, FilePath, (0, 0), (0, 0), "'errors.csv' is empty");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_first_row_of_commas_is_an_empty_spreadsheet_row_and_the_header_below_it_is_used()
    {
        GenerationResult result = FromBytes(",,,\ncode,name\n1,A\n");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("TestApp.ErrorsErrorCode")!.GetMembers("A").SingleOrDefault());
    }

    [Fact]
    public void A_file_of_commas_alone_is_EC1025()
    {
        GenerationResult result = FromBytes(",,,\n,,\n");

        AssertDiagnostic(Single(result, "EC1025"), "EC1025", Warning, FilePath, (0, 0), (0, 0));
        Assert.Single(result.GeneratorDiagnostics);
    }

    [Fact]
    public void Lone_CR_line_endings_separate_rows_and_place_diagnostics_on_the_right_line()
    {
        GenerationResult result = FromBytes("code,name,message\r1,A,a {0}\r2,,b\r3,C,c\r");

        AssertDiagnostic(Single(result, "EC1007"), "EC1007", Error, FilePath, (2, 2), (2, 2), "code 2");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Equal(new[] { "A", "C" }, result.Compilation.GetTypeByMetadataName("TestApp.ErrorsErrorCode")!.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name));
    }

    [Fact]
    public void Unicode_line_and_paragraph_separators_in_texts_stay_text_and_compile()
    {
        // C# ends a line (and so a comment or a literal) at U+2028 and U+2029; the emitter must escape them.
        GeneratedDomain domain = Load("code,name,message,description", "1,A,one\u2028two {0},three\u2029four", "2,B\u2028C,x,y");

        Assert.Equal("one\u2028two {0}", domain.GetMessage(domain.Member("A")));
        Assert.Equal("one\u2028two 7", domain.Format("A", 7));
        Assert.Equal("three\u2029four", domain.GetDescription(domain.Member("A")));
        Assert.Equal("B\u2028C", domain.GetName(domain.Member("BC")));
    }

    [Fact]
    public void A_cell_of_a_megabyte_generates_compiles_and_comes_back_whole()
    {
        string huge = new string('x', 1_000_000);
        GeneratedDomain domain = Load("code,name,message", "1,A,\"" + huge + "\"", "2,B," + huge + " {0}");

        Assert.Equal(huge, domain.GetMessage(domain.Member("A")));
        Assert.Equal(huge + " 1", domain.Format("B", 1));
    }

    [Fact]
    public void A_name_made_only_of_Korean_letters_is_its_own_member_name()
    {
        GeneratedDomain domain = Load("code,name", "1,채널없음", "2,오류 발생");

        Assert.Equal(new[] { "채널없음", "오류발생" }, domain.MemberNames);
        Assert.Equal("오류 발생", domain.GetName(domain.Member("오류발생")));
    }

    [Theory]
    [InlineData("-0", 0)]
    [InlineData("+5", 5)]
    [InlineData(" 12 ", 12)]
    [InlineData("\t7", 7)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Codes_with_a_sign_or_padding_are_read_as_the_number(string code, int value)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(FilePath, "code,name", code + ",A") });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Equal(value, (int)((IFieldSymbol)result.Compilation.GetTypeByMetadataName("TestApp.ErrorsErrorCode")!.GetMembers("A").Single()).ConstantValue!);
    }

    [Theory]
    [InlineData("٣")]
    [InlineData("１")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("+-1")]
    [InlineData("-")]
    [InlineData("8 9")]
    public void Codes_in_other_digits_or_beyond_32_bits_are_EC1004_on_the_code_cell(string code)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(FilePath, "code,name", code + ",Bad", "1,Kept") });

        AssertDiagnostic(Single(result, "EC1004"), "EC1004", Error, FilePath, (1, 0), (1, code.Length), "'" + code + "'", "write a whole number");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
    }

    [Fact]
    public void An_unterminated_quote_at_the_end_of_the_file_is_EC1011_at_the_quote_and_EC1020_as_no_row_is_left()
    {
        GenerationResult result = Run(new AdditionalText[] { new InMemoryAdditionalText(FilePath, "code,name\n1,\"A") });

        AssertDiagnostic(Single(result, "EC1011"), "EC1011", Error, FilePath, (1, 2), (1, 3), "'\"A'");
        AssertDiagnostic(Single(result, "EC1020"), "EC1020", Warning, FilePath, (0, 0), (0, 9), "'errors.csv' has no error code rows");
        Assert.Equal(2, result.GeneratorDiagnostics.Length);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_NUL_inside_a_cell_is_kept_as_text_and_splits_the_member_name()
    {
        GeneratedDomain domain = Load("code,name", "1,A\0B");

        Assert.Equal(new[] { "AB" }, domain.MemberNames);
        Assert.Equal("A\0B", domain.GetName(domain.Member("AB")));
    }
}
