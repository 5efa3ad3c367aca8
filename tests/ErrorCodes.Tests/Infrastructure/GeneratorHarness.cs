using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ErrorCodes.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>
/// Runs the generator the way the compiler does (additional files plus MSBuild options), compiles its output with
/// user code, and loads the result so tests can execute the generated API.
/// </summary>
public static class GeneratorHarness
{
    public const string DefaultRootNamespace = "TestApp";

    /// <summary>References of the running .NET, plus the ErrorCodes runtime library.</summary>
    public static readonly ImmutableArray<MetadataReference> NetReferences = LoadNetReferences();

    public static readonly string RuntimeLibraryPath = typeof(ErrorCodes.ErrorCodeException).Assembly.Location;

    public static GeneratorDriver CreateDriver(IEnumerable<Catalog> catalogs, string? rootNamespace = DefaultRootNamespace, CSharpParseOptions? parseOptions = null)
    {
        var catalogList = catalogs.ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new ErrorCodesGenerator().AsSourceGenerator() },
            catalogList.Select(c => (AdditionalText)new InMemoryAdditionalText(c.Path, c.Text)),
            parseOptions ?? new CSharpParseOptions(LanguageVersion.Latest),
            OptionsFor(catalogList, rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>The options the compiler would give the generator for these catalogs: the root namespace and each file's item metadata.</summary>
    public static TestOptionsProvider OptionsFor(IEnumerable<Catalog> catalogs, string? rootNamespace = DefaultRootNamespace)
    {
        var catalogList = catalogs.ToList();
        var global = new Dictionary<string, string>();
        if (rootNamespace is not null)
        {
            global["build_property.RootNamespace"] = rootNamespace;
        }

        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (Catalog catalog in catalogs)
        {
            var metadata = new Dictionary<string, string>();
            if (catalog.Domain is not null)
            {
                metadata["build_metadata.AdditionalFiles.ErrorCodesDomain"] = catalog.Domain;
            }

            if (catalog.Namespace is not null)
            {
                metadata["build_metadata.AdditionalFiles.ErrorCodesNamespace"] = catalog.Namespace;
            }

            if (catalog.HelpUrl is not null)
            {
                metadata["build_metadata.AdditionalFiles.ErrorCodesHelpUrl"] = catalog.HelpUrl;
            }

            if (catalog.PlaceholderStyle is not null)
            {
                metadata["build_metadata.AdditionalFiles.ErrorCodesPlaceholderStyle"] = catalog.PlaceholderStyle;
            }

            if (catalog.CodeType is not null)
            {
                metadata["build_metadata.AdditionalFiles.ErrorCodesCodeType"] = catalog.CodeType;
            }

            if (catalog.Exceptions is not null)
            {
                metadata["build_metadata.AdditionalFiles.ErrorCodesExceptions"] = catalog.Exceptions;
            }

            if (catalog.JsonConverter is not null)
            {
                metadata["build_metadata.AdditionalFiles.ErrorCodesJsonConverter"] = catalog.JsonConverter;
            }

            if (catalog.Accessibility is not null)
            {
                metadata["build_metadata.AdditionalFiles.ErrorCodesAccessibility"] = catalog.Accessibility;
            }

            perFile[catalog.Path] = metadata;
        }

        return new TestOptionsProvider(global, perFile);
    }

    public static CSharpCompilation CreateCompilation(
        string userSource = "",
        IEnumerable<MetadataReference>? references = null,
        CSharpParseOptions? parseOptions = null,
        CSharpCompilationOptions? options = null,
        string assemblyName = "TestApp")
    {
        parseOptions ??= new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var trees = string.IsNullOrEmpty(userSource)
            ? Array.Empty<SyntaxTree>()
            : new[] { CSharpSyntaxTree.ParseText(userSource, parseOptions, path: "User.cs") };
        return CSharpCompilation.Create(
            assemblyName,
            trees,
            references ?? NetReferences.Add(MetadataReference.CreateFromFile(RuntimeLibraryPath)),
            options ?? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Runs the generator over the catalogs and returns the compilation with the generated code and the generator's diagnostics.</summary>
    public static GenerationResult Generate(IEnumerable<Catalog> catalogs, string userSource = "", string? rootNamespace = DefaultRootNamespace)
    {
        CSharpCompilation compilation = CreateCompilation(userSource);
        GeneratorDriver driver = CreateDriver(catalogs, rootNamespace, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GenerationResult(driver, output, diagnostics);
    }

    /// <summary>Generates, compiles with the user code, fails on any compiler error or warning, and loads the assembly.</summary>
    public static Assembly CompileAndLoad(IEnumerable<Catalog> catalogs, string userSource = "", string? rootNamespace = DefaultRootNamespace)
    {
        GenerationResult result = Generate(catalogs, userSource, rootNamespace);
        return result.Load();
    }

    private static ImmutableArray<MetadataReference> LoadNetReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                           || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

/// <summary>What one generator run produced.</summary>
public sealed record GenerationResult(GeneratorDriver Driver, Compilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult RunResult => Driver.GetRunResult();

    /// <summary>The generated source files, by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources => RunResult.Results
        .SelectMany(r => r.GeneratedSources)
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Compiler diagnostics of the whole compilation, warnings included.</summary>
    public IReadOnlyList<Diagnostic> CompilerDiagnostics => Compilation.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();

    /// <summary>
    /// The members of a generated enum and their values, once the whole compilation is free of warnings and errors
    /// (a member the compiler rejected would otherwise pass unseen).
    /// </summary>
    public Dictionary<string, int> EnumMembers(string enumName)
    {
        Assert.Empty(CompilerDiagnostics);
        INamedTypeSymbol? type = Compilation.GetTypeByMetadataName(enumName);
        Assert.NotNull(type);
        return type!.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue)
            .ToDictionary(f => f.Name, f => (int)f.ConstantValue!);
    }

    /// <summary>Emits and loads the assembly into a collectible context; fails with the diagnostics if anything is wrong.</summary>
    public Assembly Load()
    {
        var problems = GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Concat(CompilerDiagnostics).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Generated code did not compile cleanly:\n" + string.Join("\n", problems));
        }

        using var stream = new MemoryStream();
        var emit = Compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (ctx, name) => name.Name == "ErrorCodes" ? typeof(ErrorCodes.ErrorCodeException).Assembly : null;
        return context.LoadFromStream(stream);
    }
}
