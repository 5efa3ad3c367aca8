using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// Consumers that declare <c>[assembly: CLSCompliant(true)]</c> with every warning an error: the runtime library and the
/// code of every seed catalog must compile there, and the names a catalog can make that break a CLS rule are known.
/// </summary>
public class ClsComplianceTests
{
    private const string ClsCompliantAssembly = "[assembly: System.CLSCompliant(true)]";

    private static CSharpParseOptions ParseOptions => new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static CSharpCompilationOptions StrictOptions => new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        warningLevel: 9999,
        generalDiagnosticOption: ReportDiagnostic.Error);

    /// <summary>Every diagnostic of a CLS-compliant consumer compiled with the generated code of the catalogs.</summary>
    private static List<Diagnostic> CompileInClsCompliantConsumer(IEnumerable<Catalog> catalogs, string userSource = ClsCompliantAssembly)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(userSource, parseOptions: ParseOptions, options: StrictOptions);
        GeneratorHarness.CreateDriver(catalogs, GeneratorHarness.DefaultRootNamespace, ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        Assert.True(output.SyntaxTrees.Count() > compilation.SyntaxTrees.Length, "the generator produced nothing");
        return output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
    }

    /// <summary>The CLS diagnostics as "ID name", the name being the reported identifier's text.</summary>
    private static List<string> ClsFindings(IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .Where(d => d.Id.StartsWith("CS3", StringComparison.Ordinal))
            .Select(d => d.Id + " " + d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan))
            .OrderBy(text => text, StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> SeedNames()
    {
        var names = new TheoryData<string>();
        foreach (Catalog seed in SeedCatalogs.All())
        {
            names.Add(System.IO.Path.GetFileName(seed.Path));
        }

        return names;
    }

    [Fact]
    public void The_seven_seed_catalogs_are_checked()
    {
        Assert.Equal(7, SeedCatalogs.All().Count);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void A_seed_catalog_compiles_without_a_diagnostic_in_a_CLS_compliant_consumer(string seed)
    {
        Catalog catalog = SeedCatalogs.All().Single(c => c.Path.EndsWith("/" + seed, StringComparison.Ordinal));

        List<Diagnostic> diagnostics = CompileInClsCompliantConsumer(new[] { catalog });

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(40)));
    }

    [Fact]
    public void The_CLS_check_reports_a_name_that_breaks_a_rule()
    {
        // The tests above are only worth something if this consumer really runs the compiler's CLS checks.
        List<Diagnostic> diagnostics = CompileInClsCompliantConsumer(
            new[] { SeedCatalogs.All()[0] },
            ClsCompliantAssembly + "\nnamespace TestApp { /// <summary>x</summary>\npublic enum Names { /// <summary>x</summary>\nAb, /// <summary>x</summary>\nAB } }");

        Diagnostic clash = Assert.Single(diagnostics);
        Assert.Equal("CS3005", clash.Id);
        Assert.Equal(DiagnosticSeverity.Error, clash.Severity);
    }

    [Fact]
    public void The_runtime_library_declares_itself_CLS_compliant()
    {
        var attribute = (CLSCompliantAttribute?)Attribute.GetCustomAttribute(typeof(ErrorCodeException).Assembly, typeof(CLSCompliantAttribute));

        Assert.NotNull(attribute);
        Assert.True(attribute!.IsCompliant);
    }

    // Names a catalog can make that break a CLS rule: the spec marks them (ClsRules), so the consumer compiles.

    [Fact]
    public void Member_cells_that_differ_only_in_case_mark_the_later_member_and_its_format_helper()
    {
        Catalog catalog = Catalog.Csv("/p/case.csv", "code,name,member,message", "1,A,Abc,{0}", "2,B,ABC,{0}");

        Assert.Empty(ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
        Assert.Equal(new[] { "ABC", "FormatABC" }, MarkedNames(catalog));
    }

    [Fact]
    public void Vendor_names_that_differ_only_in_case_mark_the_later_member_and_its_helpers_culture_overload_included()
    {
        // fooBar keeps its mixed case (FooBar); foobar has one word (Foobar).
        Catalog catalog = Catalog.Csv("/p/case.csv", "code,name,message,message.de", "1,fooBar,{0},{0}!", "2,foobar,{0},{0}!", "3,plain,,");

        Assert.Empty(ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
        Assert.Equal(new[] { "Foobar", "FormatFoobar", "FormatFoobar" }, MarkedNames(catalog));
    }

    [Fact]
    public void A_member_that_starts_with_an_underscore_is_marked_and_its_helpers_are_not()
    {
        Catalog catalog = Catalog.Csv("/p/under.csv", "code,name,member,message", "1,404_NOT_FOUND,,{0}", "2,B,_x,{0}", "3,C,_,{0}");

        Assert.Empty(ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
        Assert.Equal(new[] { "_", "_404NotFound", "_x" }, MarkedNames(catalog));
    }

    [Fact]
    public void A_domain_set_in_the_project_that_starts_with_an_underscore_marks_every_type()
    {
        Catalog catalog = Catalog.Csv("/p/dom.csv", "code,name,message,category", "1,A,a {0},Net", "2,B,b,") with { Domain = "_Dom" };

        Assert.Empty(ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
        Assert.Equal(
            new[] { "_DomErrorCode", "_DomErrorCodeJsonConverter", "_DomErrorCodes", "_DomException", "_DomNetException" },
            MarkedNames(catalog));
    }

    [Fact]
    public void A_namespace_set_in_the_project_that_starts_with_an_underscore_breaks_CS3008_once()
    {
        // The project's own choice, as for a hand-written type; no attribute can mark a namespace.
        Catalog catalog = Catalog.Csv("/p/ns.csv", "code,name,message", "1,A,a") with { Namespace = "_Ns.Inner" };

        Assert.Equal(new[] { "CS3008 _Ns" }, ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
    }

    [Fact]
    public void A_catalog_without_a_mark_has_no_CS3021_pragma()
    {
        Catalog catalog = Catalog.Csv("/p/plain.csv", "code,name,message", "1,A,a {0}", "2,B,b");

        string source = GeneratedSource(catalog);

        Assert.DoesNotContain("CLSCompliant", source, StringComparison.Ordinal);
        Assert.DoesNotContain("CS3021", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Generated_marks_compile_cleanly_with_and_without_an_assembly_CLS_declaration(bool clsCompliantAssembly)
    {
        Catalog catalog = Catalog.Csv(
            "/p/marks.csv", "code,name,member,message,message.de,category",
            "1,A,Abc,{0},{0}!,Net", "2,B,ABC,{0},{0}!,Net", "3,404_NOT_FOUND,,{0} {1},{0} {1}!,", "4,fooBar,,x,,", "5,foobar,,y {0},,");

        string source = GeneratedSource(catalog);
        List<Diagnostic> diagnostics = CompileInClsCompliantConsumer(new[] { catalog }, clsCompliantAssembly ? ClsCompliantAssembly : "");

        Assert.Contains("#pragma warning disable CS3021", source, StringComparison.Ordinal);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(40)));
        Assert.Equal(new[] { "ABC", "Foobar", "FormatABC", "FormatABC", "FormatFoobar", "FormatFoobar", "_404NotFound" }, MarkedNames(catalog));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_domain_marked_whole_compiles_cleanly_with_and_without_an_assembly_CLS_declaration(bool clsCompliantAssembly)
    {
        Catalog catalog = Catalog.Csv("/p/dom.csv", "code,name,member,message,category", "1,A,Abc,{0},Net", "2,B,ABC,{0},") with { Domain = "_Dom" };

        List<Diagnostic> diagnostics = CompileInClsCompliantConsumer(new[] { catalog }, clsCompliantAssembly ? ClsCompliantAssembly : "");

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(40)));
    }

    /// <summary>The generated source of one catalog.</summary>
    private static string GeneratedSource(Catalog catalog)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("", parseOptions: ParseOptions, options: StrictOptions);
        GeneratorHarness.CreateDriver(new[] { catalog }, GeneratorHarness.DefaultRootNamespace, ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        return string.Join("\n", GeneratedTrees(output).Select(tree => tree.ToString()));
    }

    /// <summary>The names of the declarations that carry [CLSCompliant(false)], sorted.</summary>
    private static List<string> MarkedNames(Catalog catalog)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("", parseOptions: ParseOptions, options: StrictOptions);
        GeneratorHarness.CreateDriver(new[] { catalog }, GeneratorHarness.DefaultRootNamespace, ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        return GeneratedTrees(output)
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>())
            .Where(declaration => declaration.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => attribute.ToString() == "global::System.CLSCompliant(false)"))
            .Select(DeclaredName)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<SyntaxTree> GeneratedTrees(Compilation output)
        => output.SyntaxTrees.Where(tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));

    private static string DeclaredName(Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax declaration) => declaration switch
    {
        Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax type => type.Identifier.Text,
        Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax method => method.Identifier.Text,
        Microsoft.CodeAnalysis.CSharp.Syntax.EnumMemberDeclarationSyntax member => member.Identifier.Text,
        _ => declaration.Kind().ToString(),
    };

    [Fact]
    public void A_file_name_never_makes_a_domain_that_breaks_a_CLS_rule()
    {
        Catalog catalog = Catalog.Csv("/p/_live_codes.csv", "code,name,message", "1,A,a");

        Assert.Empty(ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
    }

    [Fact]
    public void ClsRules_marks_names_that_start_with_an_underscore_as_members_only()
    {
        Assert.Equal(
            new[] { ClsMarks.Member, ClsMarks.None, ClsMarks.Member, ClsMarks.Member },
            ClsRules.Decide(new[] { "_404NotFound", "Plain", "_", "__x" }));
    }

    [Fact]
    public void ClsRules_marks_every_later_name_that_differs_only_in_case_with_its_helpers()
    {
        Assert.Equal(
            new[] { ClsMarks.None, ClsMarks.None, ClsMarks.Member | ClsMarks.Helpers, ClsMarks.Member | ClsMarks.Helpers, ClsMarks.None },
            ClsRules.Decide(new[] { "FooBar", "Other", "Foobar", "FOOBAR", "Third" }));
    }

    [Fact]
    public void ClsRules_folds_case_beyond_ASCII_and_ignores_formatting_characters_as_the_compiler_does()
    {
        Assert.Equal(
            new[] { ClsMarks.None, ClsMarks.Member | ClsMarks.Helpers, ClsMarks.None, ClsMarks.Member | ClsMarks.Helpers },
            ClsRules.Decide(new[] { "Éclair", "éclair", "Soft\u00ADName", "SOFTNAME" }));
    }

    [Fact]
    public void ClsRules_leaves_names_that_only_look_alike_unmarked()
    {
        Assert.Equal(
            new[] { ClsMarks.None, ClsMarks.None, ClsMarks.None },
            ClsRules.Decide(new[] { "Name", "Name2", "Naime" }));
    }

    [Theory]
    [InlineData("LiveStation", true)]
    [InlineData("_Dom", false)]
    public void ClsRules_decides_whether_a_domain_is_compliant(string domain, bool compliant)
    {
        Assert.Equal(compliant, ClsRules.IsCompliantDomain(domain));
    }
}
