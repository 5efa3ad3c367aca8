using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The generated System.Text.Json converter, applied by [JsonConverter] on the enum: JsonSerializer round-trips the
/// codes with no user code, reads numbers, vendor names, member names and numeric strings, keeps unknown numbers.
/// </summary>
public class JsonTests
{
    private static readonly Catalog Shop = Catalog.Csv(
        "/p/shop.csv",
        "code,name,message,duplicate",
        "404,ITEM_NOT_FOUND,Item not found,",
        "1003,InternalServerError,A,",
        "1004,InternalServerError,B,",
        "406,NotExistData,No data,",
        "406,AlreadyUsed,Used,true");

    private const string Probe = """
        using System.Text.Json;
        using TestApp;

        /// <summary>A server reply.</summary>
        public sealed class Reply
        {
            /// <summary>The code.</summary>
            public ShopErrorCode Code { get; set; }
        }

        internal static class Probe
        {
            public static string Write(int code) => JsonSerializer.Serialize(new Reply { Code = (ShopErrorCode)code });

            public static int Read(string json) => (int)JsonSerializer.Deserialize<Reply>(json)!.Code;

            public static string WriteNames(int code)
            {
                var options = new JsonSerializerOptions();
                options.Converters.Add(new ShopErrorCodeJsonConverter(writeMemberNames: true));
                return JsonSerializer.Serialize(new Reply { Code = (ShopErrorCode)code }, options);
            }

            public static string Keys(string json)
                => JsonSerializer.Serialize(JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<ShopErrorCode, int>>(json));

            public static string RoundTrip(int code)
                => Write(Read(Write(code)));
        }
        """;

    private static readonly Lazy<Assembly> Loaded = new(() => GeneratorHarness.CompileAndLoad(new[] { Shop }, Probe));

    private static object? Call(string method, params object[] arguments)
        => Loaded.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null);

    [Theory]
    [InlineData(404, "{\"Code\":404}")]
    [InlineData(406, "{\"Code\":406}")]
    [InlineData(77777, "{\"Code\":77777}")]
    public void Codes_are_written_as_numbers_by_default(int code, string json)
    {
        Assert.Equal(json, Call("Write", code));
        Assert.Equal(json, Call("RoundTrip", code));
    }

    [Theory]
    [InlineData("{\"Code\":404}", 404)]
    [InlineData("{\"Code\":-5}", -5)]
    [InlineData("{\"Code\":\"ITEM_NOT_FOUND\"}", 404)]
    [InlineData("{\"Code\":\"ItemNotFound\"}", 404)]
    [InlineData("{\"Code\":\"InternalServerError\"}", 1003)]
    [InlineData("{\"Code\":\"InternalServerError_1004\"}", 1004)]
    [InlineData("{\"Code\":\"AlreadyUsed\"}", 406)]
    [InlineData("{\"Code\":\"404\"}", 404)]
    [InlineData("{\"Code\":\"55555\"}", 55555)]
    public void Numbers_vendor_names_member_names_and_numeric_strings_are_read(string json, int expected)
        => Assert.Equal(expected, Call("Read", json));

    [Theory]
    [InlineData("{\"Code\":\"item_not_found\"}")]
    [InlineData("{\"Code\":true}")]
    [InlineData("{\"Code\":1.5}")]
    [InlineData("{\"Code\":99999999999}")]
    public void Anything_else_is_a_JsonException(string json)
    {
        var error = Assert.ThrowsAny<Exception>(() => Call("Read", json));
        Assert.Equal("System.Text.Json.JsonException", error.GetType().FullName);
    }

    [Theory]
    [InlineData(404, "{\"Code\":\"ItemNotFound\"}")]
    [InlineData(406, "{\"Code\":\"NotExistData\"}")]
    [InlineData(123, "{\"Code\":123}")]
    public void The_converter_can_write_member_names_and_keeps_unknown_codes_as_numbers(int code, string json)
        => Assert.Equal(json, Call("WriteNames", code));

    [Theory]
    [InlineData("{\"404\":1,\"ITEM_NOT_FOUND\":2,\"AlreadyUsed\":3,\"77\":4}", "{\"404\":2,\"406\":3,\"77\":4}")]
    public void Dictionary_keys_are_read_like_values_and_written_as_numbers(string json, string expected)
        => Assert.Equal(expected, Call("Keys", json));

    [Fact]
    public void Without_System_Text_Json_no_converter_is_generated()
    {
        var references = GeneratorHarness.NetReferences
            .RemoveAll(r => r.Display!.EndsWith("System.Text.Json.dll", StringComparison.Ordinal))
            .Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));
        var compilation = GeneratorHarness.CreateCompilation(references: references);
        var driver = GeneratorHarness.CreateDriver(new[] { Shop }).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        string source = Assert.Single(driver.GetRunResult().GeneratedTrees).ToString();
        Assert.DoesNotContain("JsonConverter", source, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics());
    }

    [Fact]
    public void A_netstandard20_library_on_CSharp_7_3_without_System_Text_Json_gets_no_converter_and_compiles_cleanly()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);
        IEnumerable<MetadataReference> references = Basic.Reference.Assemblies.NetStandard20.References.All
            .Append<MetadataReference>(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));
        const string user = "namespace TestApp { internal static class User { internal static string Name() { return ShopErrorCode.ItemNotFound.GetName(); } } }";
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            user,
            references,
            parseOptions,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, generalDiagnosticOption: ReportDiagnostic.Error));
        Assert.Null(compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonConverter`1"));

        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Shop }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        // The catalog's second InternalServerError is renamed on purpose (EC1006); nothing else is reported.
        Assert.Equal("EC1006", Assert.Single(generatorDiagnostics).Id);
        string source = Assert.Single(driver.GetRunResult().GeneratedTrees).ToString();
        Assert.DoesNotContain("System.Text.Json", source, StringComparison.Ordinal);
        Assert.DoesNotContain("ProblemDetails", source, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        Assert.NotNull(output.GetTypeByMetadataName("TestApp.ShopErrorCode"));
    }

    /// <summary>The README's JSON example, on the live-station seed catalog.</summary>
    [Fact]
    public void The_readme_example_round_trips_as_the_readme_says()
    {
        const string user = """
            using System.Text.Json;
            using TestApp;

            record Reply(LiveStationErrorCode Code, string Message);

            internal static class Readme
            {
                public static string Write() => JsonSerializer.Serialize(new Reply(LiveStationErrorCode.ChannelNotFound, "x"));

                public static LiveStationErrorCode Read() => JsonSerializer.Deserialize<Reply>("{\"Code\":\"CHANNEL_NOT_FOUND\",\"Message\":\"x\"}")!.Code;
            }
            """;
        Type readme = GeneratorHarness.CompileAndLoad(new[] { SeedCatalogs.Load("live-station.csv") }, user).GetType("Readme")!;

        Assert.Equal("{\"Code\":250100,\"Message\":\"x\"}", readme.GetMethod("Write")!.Invoke(null, null));
        Assert.Equal("ChannelNotFound", readme.GetMethod("Read")!.Invoke(null, null)!.ToString());
    }
}
