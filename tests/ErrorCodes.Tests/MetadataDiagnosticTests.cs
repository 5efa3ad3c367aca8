using System;
using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests;

/// <summary>
/// Bad values in the metadata columns (EC1040-EC1046): each is reported at its cell with ID, severity and message,
/// and costs only the value, never the row.
/// </summary>
public class MetadataDiagnosticTests
{
    private const string FilePath = "/p/errors.csv";
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private static GenerationResult Generate(params string[] lines) => GeneratorHarness.Generate(new[] { Catalog.Csv(FilePath, lines) });

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The row still generates: its member exists and the compilation is clean.</summary>
    private static void AssertRowKept(GenerationResult result, string member)
    {
        Assert.Empty(result.CompilerDiagnostics);
        INamedTypeSymbol type = result.Compilation.GetTypeByMetadataName("TestApp.ErrorsErrorCode")!;
        Assert.Contains(type.GetMembers(), m => m.Name == member);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("600")]
    [InlineData("4o4")]
    [InlineData("-404")]
    public void Http_status_outside_100_to_599_is_EC1040_on_its_cell(string value)
    {
        GenerationResult result = Generate("code,name,http_status", "1,A," + value);

        Diagnostic diagnostic = Single(result, "EC1040");
        AssertDiagnostic(diagnostic, "EC1040", Warning, FilePath, (1, 4), (1, 4 + value.Length));
        Assert.Equal("The http_status '" + value + "' is not an HTTP status code from 100 to 599 and is ignored; write a status such as 404, or leave the cell empty", Message(diagnostic));
        AssertRowKept(result, "A");
    }

    [Fact]
    public void Retryable_other_than_true_false_or_empty_is_EC1041_on_its_cell()
    {
        GenerationResult result = Generate("code,name,retryable", "1,A,true", "2,B,yes");

        Diagnostic diagnostic = Single(result, "EC1041");
        AssertDiagnostic(diagnostic, "EC1041", Warning, FilePath, (2, 4), (2, 7));
        Assert.Equal("The retryable value 'yes' is neither 'true' nor 'false' nor empty and is ignored, so the code counts as not retryable; write true or false", Message(diagnostic));
        AssertRowKept(result, "B");
    }

    [Fact]
    public void Severity_other_than_error_warning_or_info_is_EC1042_on_its_cell()
    {
        GenerationResult result = Generate("code,name,severity,message", "1,A,fatal,x");

        Diagnostic diagnostic = Single(result, "EC1042");
        AssertDiagnostic(diagnostic, "EC1042", Warning, FilePath, (1, 4), (1, 9));
        Assert.Equal("The severity 'fatal' is not 'error', 'warning' or 'info' and is ignored; write one of them, or leave the cell empty", Message(diagnostic));
        AssertRowKept(result, "A");
    }

    [Theory]
    [InlineData("docs/errors/1")]
    [InlineData("ftp://vendor.example/1")]
    [InlineData("javascript:alert(1)")]
    public void Help_url_that_is_not_an_absolute_web_link_is_EC1043_on_its_cell(string value)
    {
        GenerationResult result = Generate("code,name,help_url", "1,A," + value);

        Diagnostic diagnostic = Single(result, "EC1043");
        AssertDiagnostic(diagnostic, "EC1043", Warning, FilePath, (1, 4), (1, 4 + value.Length));
        Assert.Equal("The help_url '" + value + "' is not an absolute http or https URL and is ignored; write a full link such as https://vendor.example/errors/404", Message(diagnostic));
        AssertRowKept(result, "A");
    }

    [Theory]
    [InlineData("https://vendor.example/{id}", "has the unknown placeholder '{id}'")]
    [InlineData("vendor.example/{code}", "is not an absolute http or https URL")]
    public void Help_url_template_that_cannot_be_used_is_EC1044_at_the_start_of_the_file(string template, string reason)
    {
        var catalog = new Catalog(FilePath, "code,name\n1,A\n", HelpUrl: template);
        GenerationResult result = GeneratorHarness.Generate(new[] { catalog });

        Diagnostic diagnostic = Single(result, "EC1044");
        AssertDiagnostic(diagnostic, "EC1044", Warning, FilePath, (0, 0), (0, 0));
        Assert.Equal("The ErrorCodesHelpUrl template '" + template + "' " + reason + ", so it is ignored; write an absolute http or https URL in which {code} and {name} stand for the code and the vendor's name", Message(diagnostic));
        Assert.DoesNotContain("vendor.example", Assert.Single(result.Sources).Value, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Category_without_letters_or_digits_is_EC1045_and_its_codes_use_the_domain_exception()
    {
        GenerationResult result = Generate("code,name,category", "1,A,Login", "2,B,???");

        Diagnostic diagnostic = Single(result, "EC1045");
        AssertDiagnostic(diagnostic, "EC1045", Warning, FilePath, (2, 4), (2, 7));
        Assert.Equal("The category '???' has no letter or digit to name an exception type, so its codes get no category exception; write the category with at least one letter", Message(diagnostic));
        AssertRowKept(result, "B");
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("TestApp.ErrorsLoginException"));
    }

    [Fact]
    public void Categories_giving_the_same_type_name_are_EC1046_and_share_the_type()
    {
        GenerationResult result = Generate("code,name,category", "1,A,On air", "2,B,on-air");

        Diagnostic diagnostic = Single(result, "EC1046");
        AssertDiagnostic(diagnostic, "EC1046", Warning, FilePath, (2, 4), (2, 10));
        Assert.Equal("The category 'on-air' gives the exception type 'ErrorsOnAirException', already given by the category 'On air' on line 2, so both categories share it; write the category the same way on every row", Message(diagnostic));
        Assert.Empty(result.CompilerDiagnostics);
        List<string> types = result.Compilation.GetSymbolsWithName(n => n.EndsWith("Exception", StringComparison.Ordinal), SymbolFilter.Type).Select(s => s.Name).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "ErrorsException", "ErrorsOnAirException" }, types);
    }

    [Fact]
    public void Deprecated_true_or_a_reason_and_valid_values_report_nothing()
    {
        GenerationResult result = Generate(
            "code,name,http_status,retryable,severity,help_url,deprecated",
            "1,A,100,TRUE,ERROR,https://x.example/a,true",
            "2,B,599,False,info,http://x.example/b,Replaced by A",
            "3,C, 404 ,,,,");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
    }
}
