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
        Assert.True(output.SyntaxTrees.Count() > 1, "the generator produced nothing");
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
    public void The_six_seed_catalogs_are_checked()
    {
        Assert.Equal(6, SeedCatalogs.All().Count);
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

    // What a catalog can do today that a CLS-compliant consumer rejects. Each test pins the compiler's findings on
    // the generated code as it is now; ClsRules decides the members to mark so that these go away.

    [Fact]
    public void Today_member_cells_that_differ_only_in_case_break_CS3005_on_the_member_its_format_helper_and_factory()
    {
        Catalog catalog = Catalog.Csv("/p/case.csv", "code,name,member,message", "1,A,Abc,{0}", "2,B,ABC,{0}");

        Assert.Equal(
            new[] { "CS3005 ABC", "CS3005 CreateABC", "CS3005 FormatABC" },
            ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
    }

    [Fact]
    public void Today_vendor_names_that_differ_only_in_case_break_CS3005()
    {
        // fooBar keeps its mixed case (FooBar); foobar has one word (Foobar).
        Catalog catalog = Catalog.Csv("/p/case.csv", "code,name,message", "1,fooBar,{0}", "2,foobar,{0}", "3,plain,");

        Assert.Equal(
            new[] { "CS3005 CreateFoobar", "CS3005 Foobar", "CS3005 FormatFoobar" },
            ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
    }

    [Fact]
    public void Today_a_name_that_starts_with_a_digit_or_an_underscore_member_cell_breaks_CS3008_on_the_member_only()
    {
        Catalog catalog = Catalog.Csv("/p/under.csv", "code,name,member,message", "1,404_NOT_FOUND,,{0}", "2,B,_x,{0}", "3,C,_,{0}");

        Assert.Equal(
            new[] { "CS3008 _", "CS3008 _404NotFound", "CS3008 _x" },
            ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
    }

    [Fact]
    public void Today_a_domain_set_in_the_project_that_starts_with_an_underscore_breaks_CS3008_on_every_type()
    {
        Catalog catalog = Catalog.Csv("/p/dom.csv", "code,name,message", "1,A,a") with { Domain = "_Dom" };

        Assert.Equal(
            new[] { "CS3008 _DomErrorCode", "CS3008 _DomErrorCodeJsonConverter", "CS3008 _DomErrorCodes", "CS3008 _DomException" },
            ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
    }

    [Fact]
    public void Today_a_namespace_set_in_the_project_that_starts_with_an_underscore_breaks_CS3008_once()
    {
        // The project's own choice, as for a hand-written type; no attribute can mark a namespace.
        Catalog catalog = Catalog.Csv("/p/ns.csv", "code,name,message", "1,A,a") with { Namespace = "_Ns.Inner" };

        Assert.Equal(new[] { "CS3008 _Ns" }, ClsFindings(CompileInClsCompliantConsumer(new[] { catalog })));
    }

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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Members_marked_as_ClsRules_decides_compile_cleanly_with_and_without_an_assembly_CLS_declaration(bool clsCompliantAssembly)
    {
        // The shape the emitter would write: the mark on the member and its helpers, and CS3021 (a mark in an
        // assembly without a CLS declaration) silenced, since the generator cannot see the consumer's declaration.
        string[] members = { "Abc", "ABC", "_404NotFound", "fooBar", "Foobar", "Plain" };
        ClsMarks[] marks = ClsRules.Decide(members);
        const string mark = "[global::System.CLSCompliant(false)] ";
        var source = new StringBuilder();
        source.AppendLine(clsCompliantAssembly ? ClsCompliantAssembly : "");
        source.AppendLine("#pragma warning disable CS3021");
        source.AppendLine("namespace TestApp {");
        source.AppendLine("/// <summary>x</summary>\npublic enum Codes {");
        for (int i = 0; i < members.Length; i++)
        {
            source.AppendLine("/// <summary>x</summary>\n" + ((marks[i] & ClsMarks.Member) != 0 ? mark : "") + members[i] + " = " + (i + 1) + ",");
        }

        source.AppendLine("}\n/// <summary>x</summary>\npublic static class Helpers {");
        for (int i = 0; i < members.Length; i++)
        {
            string helperMark = (marks[i] & ClsMarks.Helpers) != 0 ? mark : "";
            source.AppendLine("/// <summary>x</summary>\n/// <typeparam name=\"T0\">x</typeparam>\n/// <param name=\"arg0\">x</param>\n/// <returns>x</returns>\n"
                              + helperMark + "public static string Format" + members[i] + "<T0>(T0 arg0) => \"\";");
        }

        source.AppendLine("} }");
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(source.ToString(), parseOptions: ParseOptions, options: StrictOptions);

        List<Diagnostic> diagnostics = compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));

        // Without the marks the same code breaks the rules: the marks are what makes it compile.
        string unmarked = source.ToString().Replace(mark, "", StringComparison.Ordinal);
        CSharpCompilation withoutMarks = GeneratorHarness.CreateCompilation(unmarked, parseOptions: ParseOptions, options: StrictOptions);
        Assert.Equal(clsCompliantAssembly, withoutMarks.GetDiagnostics().Any(d => d.Id.StartsWith("CS3", StringComparison.Ordinal)));
    }
}
