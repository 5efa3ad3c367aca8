using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodes.Generator.Analysis;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// How the analyzer learns a string-coded catalog: the codes from <c>ErrorCodeDomain</c>'s <c>Codes</c>, the member of
/// each from the enum's values, the names the generated file marks, and the gate that lets string literals through
/// only when such a catalog is in sight.
/// </summary>
public class StringCodeCatalogReadingTests
{
    private static async Task<Compilation> CompileAsync(bool withStringCoded)
    {
        var references = await AnalyzerVerifier.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        IReadOnlyList<Catalog> catalogs = withStringCoded ? AnalyzerVerifier.NumericAndStringCoded : AnalyzerVerifier.Catalogs;
        var trees = new List<SyntaxTree>();
        foreach ((string hintName, string source) in AnalyzerVerifier.Generate(catalogs))
        {
            trees.Add(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/generated/" + hintName));
        }

        Compilation compilation = CSharpCompilation.Create(
            "App",
            trees,
            references.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    [Fact]
    public async Task Codes_come_from_the_attribute_and_members_from_the_enum_values()
    {
        Compilation compilation = await CompileAsync(withStringCoded: true);
        CodeCatalog catalog = CodeCatalog.Create(compilation, CancellationToken.None)!;
        CodeDomain sqlstate = catalog.DomainOfEnum(compilation.GetTypeByMetadataName("TestApp.SqlstateErrorCode"))!;

        Assert.True(catalog.HasStringCodes);
        Assert.True(sqlstate.IsStringCoded);
        Assert.Equal(new[] { "00000", "23505", "42P01", "2202E", "P0001" }, sqlstate.Texts);
        Assert.Empty(sqlstate.Codes);
        Assert.True(sqlstate.TryGetMember("2202E", out string alias));
        Assert.Equal("ArraySubscriptError", alias);
        Assert.False(sqlstate.TryGetMember("42p01", out _));
        Assert.False(sqlstate.TryGetMember(2, out _));
        Assert.Equal(new[] { "Cloud", "Sqlstate" }, catalog.DomainsDefining("23505").Select(d => d.Name));
        Assert.Empty(catalog.DomainsDefining(2));
        Assert.False(catalog.DomainOfEnum(compilation.GetTypeByMetadataName("TestApp.LiveStationErrorCode"))!.IsStringCoded);
    }

    [Fact]
    public async Task Numeric_catalogs_alone_keep_strings_out_of_the_gate()
    {
        Compilation compilation = await CompileAsync(withStringCoded: false);
        CodeCatalog catalog = CodeCatalog.Create(compilation, CancellationToken.None)!;

        Assert.False(catalog.HasStringCodes);
        CodeNames names = CodeNames.Create(compilation, catalog.Enums, catalog.UsingAssemblies, catalog.HasStringCodes, CancellationToken.None);
        Assert.False(names.IsMarkedName("CodeText"));
        Assert.False(new SyntaxGate(names, catalog.HasStringCodes).MayBeCode(SyntaxFactory.ParseExpression("\"23505\"")));
    }

    [Theory]
    [InlineData("\"23505\"", true)]
    [InlineData("(\"23505\")", true)]
    [InlineData("\"42\" + \"P01\"", true)]
    [InlineData("flag ? \"23505\" : text", true)]
    [InlineData("$\"23505\"", false)]
    [InlineData("$\"{text}\"", false)]
    [InlineData("nameof(text)", false)]
    [InlineData("text.Trim()", false)]
    public void String_literals_pass_the_gate_when_strings_are_codes(string expression, bool expected)
    {
        Assert.Equal(expected, SyntaxGate.MayBeConstant(SyntaxFactory.ParseExpression(expression), strings: true));
        Assert.Equal(expression.StartsWith("flag", System.StringComparison.Ordinal), SyntaxGate.MayBeConstant(SyntaxFactory.ParseExpression(expression)));
    }

    [Fact]
    public void The_string_coded_source_is_known_as_generated_and_marks_the_known_names()
    {
        // The contract the generator's string-coded output follows: the analyzer takes these names from
        // GeneratedNames instead of walking the file.
        string source = AnalyzerVerifier.Generate(AnalyzerVerifier.StringCodedCatalogs).Single(generated => generated.HintName.Contains("Sqlstate", System.StringComparison.Ordinal)).Source;
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source);
        var marked = new HashSet<string>();
        bool markedConstructor = false;
        bool markedDelegate = false;
        CodeNames.CollectMarkedDeclarations(tree.GetRoot(), new HashSet<string> { "ErrorCode", "ErrorCodeAttribute" }, marked, ref markedConstructor, ref markedDelegate);

        Assert.True(CodeNames.IsGeneratorOutput(tree, CancellationToken.None));
        Assert.Equal(
            GeneratedNames.MarkedInGeneratedCode.Concat(GeneratedNames.MarkedInStringCodedCode).Where(name => name != "Code").OrderBy(n => n, System.StringComparer.Ordinal),
            marked.OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.False(markedConstructor);
        Assert.False(markedDelegate);
    }

    [Theory]
    [InlineData("23505", "23506", true)]
    [InlineData("23505", "23055", true)]
    [InlineData("23505", "2350", true)]
    [InlineData("2350", "23505", true)]
    [InlineData("23505", "x23505", true)]
    [InlineData("23505", "23505", false)]
    [InlineData("23505", "32550", false)]
    [InlineData("23505", "235", false)]
    [InlineData("ab", "ba", true)]
    [InlineData("abc", "cba", false)]
    public void One_typo_is_one_replacement_swap_insertion_or_deletion(string a, string b, bool expected)
        => Assert.Equal(expected, CodeDomain.IsOneEditApart(a, b));
}
