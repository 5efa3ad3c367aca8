using System;
using System.Reflection;
using ErrorCodes.Tests.Infrastructure;
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
}
