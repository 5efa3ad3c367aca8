using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using ErrorCodes.Generator;
using ErrorCodes.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// The analyzer in process, for <c>analyzer FILES</c>: the synthetic project of <see cref="AnalyzerProject"/> with
/// the Live Station catalog generated into it, analyzed through <see cref="CompilationWithAnalyzers"/> with
/// execution times logged. Prints the analyzer's own time next to the compiler's time for the same compilation
/// (binding and flow analysis of every method, which any build pays), median of several runs.
/// </summary>
public static class AnalyzerTiming
{
    public static void Print(int files, string catalogPath)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees = Enumerable.Range(0, files)
            .Select(i => CSharpSyntaxTree.ParseText(AnalyzerProject.Source(i), parseOptions, path: "Numbers" + i.ToString(CultureInfo.InvariantCulture) + ".cs"))
            .ToArray();
        CSharpCompilation user = Compilations.Create(trees);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ErrorCodesGenerator().AsSourceGenerator() },
            new[] { new MemoryText(catalogPath, File.ReadAllText(catalogPath)) },
            parseOptions,
            new RootNamespaceOptions("Consumer"));
        driver.RunGeneratorsAndUpdateCompilation(user, out Compilation compilation, out ImmutableArray<Diagnostic> generatorDiagnostics);
        if (generatorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("The synthetic project does not compile: " + string.Join("; ", compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        const int Runs = 5;
        var analyzerTimes = new double[Runs];
        var compilerTimes = new double[Runs];
        var emptyTimes = new double[Runs];
        int reported = 0;
        double first = 0;
        for (int run = -1; run < Runs; run++)
        {
            // A fresh compilation each time: nothing bound or analyzed is reused between runs.
            Compilation fresh = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees);
            var watch = Stopwatch.StartNew();
            fresh.GetDiagnostics();
            double compiler = watch.Elapsed.TotalMilliseconds;

            var withAnalyzers = fresh.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeAnalyzer()),
                new CompilationWithAnalyzersOptions(AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            AnalysisResult result = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            double analyzer = result.AnalyzerTelemetryInfo.Values.Sum(info => info.ExecutionTime.TotalMilliseconds);
            // The floor: what the compiler charges an analyzer that asks for the same syntax nodes and does nothing.
            var withEmpty = fresh.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new SameNodesAnalyzer()),
                new CompilationWithAnalyzersOptions(AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            double empty = withEmpty.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult()
                .AnalyzerTelemetryInfo.Values.Sum(info => info.ExecutionTime.TotalMilliseconds);
            if (run < 0)
            {
                // The first run of the process also compiles the analyzer's code, as every build does: the compiler
                // loads analyzers afresh for each build, and only the SDK's own are precompiled.
                first = analyzer;
            }
            else
            {
                emptyTimes[run] = empty;
                analyzerTimes[run] = analyzer;
                compilerTimes[run] = compiler;
                reported = result.GetAllDiagnostics().Length;
            }
        }

        double analyzerMedian = Median(analyzerTimes);
        double compilerMedian = Median(compilerTimes);
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} files: ErrorCodeAnalyzer {1:0.0} ms ({6:0.0} ms on the first run, compiling its code); an analyzer asking for the same nodes and doing nothing {5:0.0} ms; compiler diagnostics (bind + flow) {2:0.0} ms; analyzer / compiler = {3:0.0}%; {4} diagnostics reported",
            files, analyzerMedian, compilerMedian, 100 * analyzerMedian / compilerMedian, reported, Median(emptyTimes), first));
    }

    // A measuring stick that never ships: the rules for analyzers that are loaded by a compiler do not apply.
#pragma warning disable RS1036, RS1041, RS2008

    /// <summary>Registers for the node kinds <see cref="ErrorCodeAnalyzer"/> inspects and returns at once.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class SameNodesAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("EC9999", "never", "never", "none", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterSyntaxNodeAction(
                _ => { },
                SyntaxKind.CastExpression, SyntaxKind.Argument, SyntaxKind.EqualsExpression, SyntaxKind.NotEqualsExpression,
                SyntaxKind.IsPatternExpression, SyntaxKind.SwitchStatement, SyntaxKind.SwitchExpression, SyntaxKind.SimpleAssignmentExpression,
                SyntaxKind.EqualsValueClause, SyntaxKind.ReturnStatement, SyntaxKind.ArrowExpressionClause,
                SyntaxKind.SimpleLambdaExpression, SyntaxKind.ParenthesizedLambdaExpression));
        }
    }
#pragma warning restore RS1036, RS1041, RS2008

    private static AnalyzerOptions AnalyzerOptions() => new(ImmutableArray<AdditionalText>.Empty);

    private static double Median(double[] values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
