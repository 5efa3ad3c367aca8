using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ErrorCodes.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// The generator inside the compiler: a full run on a catalog of <see cref="Rows"/> rows (a new driver, nothing
/// cached: what a build or the first keystroke after opening the project pays), and the re-run after an edit of an
/// unrelated source file. That re-run alternates two compilations whose symbols are built after their first run, so
/// it measures the pipeline's caching; a keystroke in the IDE, on a compilation never seen, is
/// <see cref="KeystrokeBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Generator")]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText _catalog = null!;
    private GeneratorDriver _warmDriver = null!;
    private bool _useEdited;

    [Params(1_000, 10_000, 50_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = new MemoryText("/catalogs/synthetic.csv", SyntheticCatalog.Create(Rows, dense: false));
        _compilation = Compilations.Create("public static class Program { public static int Answer() => 42; }", ParseOptions);
        SyntaxTree tree = _compilation.SyntaxTrees.Single();
        _edited = _compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(tree.GetText().ToString().Replace("42", "43"))));

        GeneratorDriverRunResult first = NewDriver().RunGenerators(_compilation).GetRunResult();
        if (first.Diagnostics.Length != 0 || first.GeneratedTrees.Length != 1)
        {
            throw new InvalidOperationException("The synthetic catalog did not generate cleanly: " + string.Join("; ", first.Diagnostics));
        }

        _warmDriver = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver RerunAfterUnrelatedEdit()
    {
        // Each call sees a compilation that differs from the previous one in a user file, as after a keystroke.
        _useEdited = !_useEdited;
        _warmDriver = _warmDriver.RunGenerators(_useEdited ? _edited : _compilation);
        return _warmDriver;
    }

    private GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create(
            new[] { new ErrorCodesGenerator().AsSourceGenerator() },
            new[] { _catalog },
            ParseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}

/// <summary>An additional file held in memory, as the IDE holds an open file.</summary>
public sealed class MemoryText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
}

/// <summary>Compilations that reference the running .NET and the ErrorCodes runtime library, as a consumer's does.</summary>
public static class Compilations
{
    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    public static CSharpCompilation Create(string source, CSharpParseOptions parseOptions)
        => CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: "Program.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Create(SyntaxTree[] trees)
        => CSharpCompilation.Create(
            "Consumer",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(System.IO.Path.PathSeparator)
            .Where(path => System.IO.Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                           || System.IO.Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(ErrorCodeException).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
