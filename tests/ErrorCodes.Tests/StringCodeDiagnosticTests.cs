using System.Linq;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests;

/// <summary>The diagnostics of string-coded catalogs (EC1050-EC1053), at their exact positions, and what each costs.</summary>
public class StringCodeDiagnosticTests
{
    private const string FilePath = "/p/pay.csv";

    private static GenerationResult Generate(params string[] lines)
        => GeneratorHarness.Generate(new[] { Catalog.Csv(FilePath, lines) with { CodeType = "string" } });

    [Fact]
    public void EC1050_a_code_type_that_is_neither_int_nor_string_is_reported_at_the_file_and_generates_nothing()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(FilePath, "code,name", "42P01,A") with { CodeType = "text" } });

        AssertDiagnostic(Single(result, "EC1050"), "EC1050", DiagnosticSeverity.Error, FilePath, (0, 0), (0, 0), "'text'", "ErrorCodesCodeType=\"string\"");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void EC1051_an_empty_code_is_reported_at_its_cell()
    {
        GenerationResult result = Generate("code,name", ",A", "b,B");

        AssertDiagnostic(Single(result, "EC1051"), "EC1051", DiagnosticSeverity.Error, FilePath, (1, 0), (1, 0), "'code' column");
    }

    [Fact]
    public void EC1052_surrounding_spaces_are_reported_at_the_cell_with_the_code_to_write()
    {
        GenerationResult result = Generate("code,name", "x ,A", "\" 42P01\",B", "in side,C");

        var found = result.GeneratorDiagnostics.Where(d => d.Id == "EC1052").ToList();
        Assert.Equal(2, found.Count);
        AssertDiagnostic(found[0], "EC1052", DiagnosticSeverity.Error, FilePath, (1, 0), (1, 2), "'x '", "('x')");
        AssertDiagnostic(found[1], "EC1052", DiagnosticSeverity.Error, FilePath, (2, 0), (2, 8), "' 42P01'", "('42P01')");
        // A space inside a code is part of it.
        Assert.Equal(1, result.EnumMembers("TestApp.PayErrorCode")["C"]);
    }

    [Fact]
    public void EC1053_a_control_character_is_reported_at_the_cell_and_shown_escaped()
    {
        GenerationResult result = Generate("code,name", "a\tb,A", "\"42P\n01\",B", "c,C");

        var found = result.GeneratorDiagnostics.Where(d => d.Id == "EC1053").ToList();
        Assert.Equal(2, found.Count);
        AssertDiagnostic(found[0], "EC1053", DiagnosticSeverity.Error, FilePath, (1, 0), (1, 3), "'a\\u0009b'", "U+0009");
        AssertDiagnostic(found[1], "EC1053", DiagnosticSeverity.Error, FilePath, (2, 0), (3, 3), "'42P\\u000A01'", "U+000A");
    }

    [Fact]
    public void Rows_with_a_bad_code_take_no_value_and_the_others_keep_theirs()
    {
        GenerationResult result = Generate("code,name", ",A", "b,B", "x ,X", "a\tb,T", "c,C", "b,B_AGAIN");

        Assert.Equal(new[] { "EC1051", "EC1052", "EC1053", "EC1005" }, result.GeneratorDiagnostics.Select(d => d.Id).ToArray());
        INamedTypeSymbol type = result.Compilation.GetTypeByMetadataName("TestApp.PayErrorCode")!;
        Assert.Equal(new object?[] { 1, 2, 1 }, new[] { "B", "C", "BAgain" }.Select(name => type.GetMembers(name).OfType<IFieldSymbol>().Single().ConstantValue).ToArray());
    }

    [Fact]
    public void EC1005_a_repeated_string_code_is_reported_with_the_code_as_written()
    {
        GenerationResult result = Generate("code,name", "23505,unique_violation", "23505,also_unique");

        AssertDiagnostic(Single(result, "EC1005"), "EC1005", DiagnosticSeverity.Warning, FilePath, (2, 0), (2, 5), "code 23505", "line 2");
    }
}
