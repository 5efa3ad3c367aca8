using System.Linq;
using BenchmarkDotNet.Attributes;
using ErrorCodes.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// The generator's re-run after a keystroke as the IDE runs it: every run gets a compilation it has never seen (one
/// more character in one of the project's files), in a project of 200 files with 20 types each in its root namespace.
/// <see cref="GeneratorBenchmarks.RerunAfterUnrelatedEdit"/> alternates two compilations whose symbols are built
/// after their first run, so the steps that read the compilation find everything cached there; here they do not.
/// The same driver without a catalog (an additional file that is not a <c>.csv</c>) is the floor.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Generator")]
[InvocationCount(1)]
public class KeystrokeBenchmarks
{
    private const int Files = 200;
    private const int TypesPerFile = 20;
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private SyntaxTree _edited = null!;
    private GeneratorDriver _withCatalog = null!;
    private GeneratorDriver _withoutCatalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        SyntaxTree[] trees = Enumerable.Range(0, Files)
            .Select(file => CSharpSyntaxTree.ParseText(
                "namespace Consumer { " + string.Concat(Enumerable.Range(0, TypesPerFile).Select(type => "public class C" + file + "_" + type + " { public int M() => " + type + "; } ")) + "}",
                ParseOptions,
                path: "File" + file + ".cs"))
            .ToArray();
        _compilation = Compilations.Create(trees);
        _edited = trees[0];
        string catalog = SyntheticCatalog.Create(1_000, dense: false);
        _withCatalog = NewDriver(new MemoryText("/catalogs/synthetic.csv", catalog)).RunGenerators(_compilation);
        _withoutCatalog = NewDriver(new MemoryText("/catalogs/synthetic.txt", catalog)).RunGenerators(_compilation);
    }

    /// <summary>One more character at the end of the first file: a compilation no driver has seen.</summary>
    [IterationSetup]
    public void Type()
    {
        SyntaxTree next = _edited.WithChangedText(_edited.GetText().Replace(new TextSpan(_edited.Length, 0), " "));
        _compilation = _compilation.ReplaceSyntaxTree(_edited, next);
        _edited = next;
    }

    [Benchmark]
    public GeneratorDriver RerunAfterKeystroke() => _withCatalog = _withCatalog.RunGenerators(_compilation);

    [Benchmark(Baseline = true)]
    public GeneratorDriver RerunAfterKeystrokeWithoutCatalog() => _withoutCatalog = _withoutCatalog.RunGenerators(_compilation);

    private static GeneratorDriver NewDriver(AdditionalText file)
        => CSharpGeneratorDriver.Create(
            new[] { new ErrorCodesGenerator().AsSourceGenerator() },
            new[] { file },
            ParseOptions,
            new RootNamespaceOptions("Consumer"),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
