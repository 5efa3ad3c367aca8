using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator;
using ErrorCodes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>
/// A consumer that builds with every warning an error and its XML documentation checked, as a library that ships
/// docs does, on .NET 10 or netstandard2.0, with the generator's output compiled in: for the tests of a catalog
/// setting that leaves part of the generated API out.
/// </summary>
public static class StrictConsumer
{
    /// <summary>Every warning an error, XML documentation checked: what a library that ships docs builds with.</summary>
    public static CSharpCompilationOptions StrictOptions(NullableContextOptions nullable) => new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: nullable,
        warningLevel: 9999,
        generalDiagnosticOption: ReportDiagnostic.Error);

    /// <summary>The two consumers a switch is compiled in: the newest C# with nullable on, and C# 7.3 on netstandard2.0.</summary>
    public static TheoryData<LanguageVersion, NullableContextOptions, bool> Consumers => new()
    {
        { LanguageVersion.Latest, NullableContextOptions.Enable, false },
        { LanguageVersion.CSharp7_3, NullableContextOptions.Disable, true },
    };

    /// <summary>.NET 10 (whose references hold System.Text.Json) and the runtime library.</summary>
    public static ImmutableArray<MetadataReference> Net10References()
        => GeneratorHarness.NetReferences.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));

    public static IEnumerable<MetadataReference> NetStandard20References()
        => Basic.Reference.Assemblies.NetStandard20.References.All.Append<MetadataReference>(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));

    public static GenerationResult Generate(
        IEnumerable<Catalog> catalogs,
        string userSource = "",
        IEnumerable<MetadataReference>? references = null,
        LanguageVersion language = LanguageVersion.Latest,
        NullableContextOptions nullable = NullableContextOptions.Enable)
    {
        var parseOptions = new CSharpParseOptions(language, DocumentationMode.Diagnose);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(userSource, references ?? Net10References(), parseOptions, StrictOptions(nullable));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(catalogs, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GenerationResult(driver, output, diagnostics);
    }

    /// <summary>Loads the compiled consumer and calls its <c>Db.Client.Probe.Run()</c>.</summary>
    public static string RunProbe(GenerationResult result)
        => (string)result.Load().GetType("Db.Client.Probe")!.GetMethod("Run")!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, null, null)!;

    /// <summary>The types a generated file declares in its namespace (not nested ones), by name, with their full text.</summary>
    public static Dictionary<string, string> DeclaredTypes(string source)
        => CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
            .OfType<BaseTypeDeclarationSyntax>()
            .Where(type => type.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)
            .ToDictionary(type => type.Identifier.ValueText, type => type.ToFullString());

    /// <summary>No generator diagnostic and no compiler diagnostic above hidden.</summary>
    public static void AssertClean(GenerationResult result)
    {
        Assert.True(result.GeneratorDiagnostics.IsEmpty, GeneratorProbe.Describe(result.GeneratorDiagnostics));
        List<Diagnostic> diagnostics = result.Compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(diagnostics.Count == 0, "The code is not clean:\n" + string.Join("\n", diagnostics));
    }

    /// <summary>
    /// After a change of one catalog's setting: of the <paramref name="domains"/> domains to emit, the one of
    /// <paramref name="path"/> was made again (Modified) and every other one was not; returns the changed domain.
    /// </summary>
    internal static DomainModel AssertOnlyThisDomainReEmitted(GeneratorDriver driver, string path, int domains)
    {
        IncrementalGeneratorRunStep[] emitted = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.DomainsToEmit].ToArray();
        Assert.Equal(domains, emitted.Length);
        DomainModel? changed = null;
        Assert.All(emitted, step =>
        {
            var request = (ErrorCodesGenerator.EmitRequest)step.Outputs.Single().Value;
            IncrementalStepRunReason reason = step.Outputs.Single().Reason;
            if (request.Domain.FilePath == path)
            {
                Assert.Equal(IncrementalStepRunReason.Modified, reason);
                changed = request.Domain;
            }
            else
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString());
            }
        });
        return Assert.IsType<DomainModel>(changed);
    }

    /// <summary>The generated source of one domain.</summary>
    public static string Source(GeneratorDriver driver, string domain)
        => driver.GetRunResult().GeneratedTrees.Single(tree => tree.FilePath.EndsWith("." + domain + ".ErrorCodes.g.cs", StringComparison.Ordinal)).ToString();
}
