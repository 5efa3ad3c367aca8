using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The converter works with a source-generated JsonSerializerContext (the native AOT path) when the catalog is
/// compiled in a referenced assembly: System.Text.Json's own generator, taken from the SDK, sees the enum's
/// [JsonConverter] and calls the generated converter, with no reflection.
/// </summary>
public class JsonSourceGenerationTests
{
    private static readonly Catalog Shop = Catalog.Csv("/p/shop.csv", "code,name,message", "404,ITEM_NOT_FOUND,Item not found", "503,BUSY,Busy");

    private const string Consumer = """
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using TestApp;

        namespace Consumer
        {
            /// <summary>A reply.</summary>
            public sealed class Reply
            {
                /// <summary>The code.</summary>
                public ShopErrorCode Code { get; set; }
            }

            /// <summary>Source-generated metadata.</summary>
            [JsonSerializable(typeof(Reply))]
            public sealed partial class ReplyContext : JsonSerializerContext
            {
            }

            /// <summary>Calls.</summary>
            public static class Probe
            {
                /// <summary>Round trip.</summary>
                public static string RoundTrip(string json)
                    => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ReplyContext.Default.Reply)!, ReplyContext.Default.Reply);
            }
        }
        """;

    [Theory]
    [InlineData("{\"Code\":\"ITEM_NOT_FOUND\"}", "{\"Code\":404}")]
    [InlineData("{\"Code\":503}", "{\"Code\":503}")]
    [InlineData("{\"Code\":4711}", "{\"Code\":4711}")]
    public void A_source_generated_context_in_another_assembly_uses_the_generated_converter(string json, string expected)
    {
        // The catalog's assembly.
        GenerationResult library = GeneratorHarness.Generate(new[] { Shop });
        Assert.Empty(library.CompilerDiagnostics);
        byte[] libraryImage = Emit(library.Compilation);

        // The consumer, with System.Text.Json's source generator as the SDK runs it.
        CSharpCompilation consumer = GeneratorHarness.CreateCompilation(
            Consumer,
            GeneratorHarness.NetReferences
                .Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath))
                .Add(MetadataReference.CreateFromImage(libraryImage)),
            assemblyName: "Consumer");
        var jsonGenerator = new AnalyzerFileReference(JsonSourceGeneratorPath(), new LoadFromPathLoader());
        GeneratorDriver driver = CSharpGeneratorDriver.Create(jsonGenerator.GetGenerators(LanguageNames.CSharp).ToArray())
            .RunGeneratorsAndUpdateCompilation(consumer, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        string generated = string.Concat(driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()));
        Assert.Contains("ShopErrorCodeJsonConverter", generated, StringComparison.Ordinal);

        var context = new AssemblyLoadContext("json-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        context.Resolving += (ctx, name) => name.Name == "ErrorCodes" ? typeof(ErrorCodeException).Assembly : null;
        context.LoadFromStream(new MemoryStream(libraryImage));
        Assembly consumerAssembly = context.LoadFromStream(new MemoryStream(Emit(output)));
        MethodInfo roundTrip = consumerAssembly.GetType("Consumer.Probe")!.GetMethod("RoundTrip")!;

        Assert.Equal(expected, roundTrip.Invoke(null, BindingFlags.DoNotWrapExceptions, null, new object[] { json }, null));
    }

    private static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>System.Text.Json's source generator from the SDK's reference pack for the running .NET.</summary>
    private static string JsonSourceGeneratorPath()
    {
        // .../shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll -> the dotnet root.
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        string version = Environment.Version.ToString(3);
        string folder = Directory.Exists(Path.Combine(packs, version))
            ? Path.Combine(packs, version)
            : Directory.GetDirectories(packs).Where(d => Path.GetFileName(d).StartsWith(Environment.Version.Major + ".", StringComparison.Ordinal)).OrderBy(d => d, StringComparer.Ordinal).Last();
        return Path.Combine(folder, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
    }

    private sealed class LoadFromPathLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
