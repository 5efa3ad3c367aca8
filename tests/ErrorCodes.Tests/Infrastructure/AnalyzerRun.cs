using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ErrorCodes.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>
/// The analyzer run on a compilation the test holds. Most tests use <see cref="AnalyzerVerifier"/>; these few look at
/// what the standard harness keeps to itself: one analyzer instance across several compilations, the analyzer's
/// telemetry, a compilation built by hand (trees with chosen paths and per-tree options), or the compilation that the
/// analyzer's parts are built from.
/// </summary>
public static class AnalyzerRun
{
    private static readonly ErrorCodeAnalyzer Analyzer = new();

    /// <summary>The analyzer's diagnostics, in source order.</summary>
    public static IReadOnlyList<Diagnostic> Run(Compilation compilation, DiagnosticAnalyzer? analyzer = null, AnalyzerOptions? options = null)
    {
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer ?? Analyzer), options);
        ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>User code plus the generator's output for the catalogs; fails on any compiler error or warning.</summary>
    public static Compilation CompileWithGenerated(string source, IReadOnlyList<Catalog> catalogs)
    {
        GenerationResult result = GeneratorHarness.Generate(catalogs, source);
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        List<Diagnostic> problems = result.Compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591")
            .ToList();
        Assert.True(problems.Count == 0, "The test code does not compile:\n" + string.Join("\n", problems));
        return result.Compilation;
    }
}
