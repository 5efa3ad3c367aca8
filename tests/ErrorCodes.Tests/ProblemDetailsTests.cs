using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// ToProblemDetails is generated only when the compilation has ASP.NET Core's ProblemDetails; the generated code is
/// compiled against ASP.NET Core and executed, also on C# 7.3; and whether the type is there is a bool that keeps the
/// pipeline cached across edits.
/// </summary>
public class ProblemDetailsTests
{
    private static readonly Catalog Shop = new(
        "/p/shop.csv",
        string.Join("\n",
            "code,name,message,http_status,retryable",
            "404,ITEM_NOT_FOUND,Item {0} is not found,404,",
            "503,BUSY,Try again later,503,true",
            "7,NO_STATUS,No status,,") + "\n",
        HelpUrl: "https://docs.example/errors/{code}");

    /// <summary>The running .NET and ASP.NET Core assemblies (the test process loads the shared framework for the web sample).</summary>
    internal static readonly ImmutableArray<MetadataReference> AspNetReferences = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
                       || Path.GetFileName(path).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                       || Path.GetFileName(path).StartsWith("Microsoft.Net.Http.Headers", StringComparison.Ordinal))
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    private const string Probe = """
        using System.Text.Json;
        using TestApp;

        internal static class Probe
        {
            public static string Problem(int code, string? serverMessage)
                => JsonSerializer.Serialize(ShopException.FromCode(code, serverMessage).ToProblemDetails());

            public static string Filled() => JsonSerializer.Serialize(ShopException.Create(ShopErrorCode.ItemNotFound, ShopErrorCodes.FormatItemNotFound("pen")).ToProblemDetails());
        }
        """;

    private static readonly Lazy<Assembly> Loaded = new(() =>
    {
        var compilation = GeneratorHarness.CreateCompilation(
            Probe,
            GeneratorHarness.NetReferences.AddRange(AspNetReferences).Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath)));
        var driver = GeneratorHarness.CreateDriver(new[] { Shop }).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);
        return new GenerationResult(driver, output, diagnostics).Load();
    });

    private static string Call(string method, params object?[] arguments)
        => (string)Loaded.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;

    [Fact]
    public void Status_type_and_extensions_come_from_the_catalog_the_title_names_the_code_and_the_detail_is_the_message()
        => Assert.Equal(
            """{"type":"https://docs.example/errors/503","title":"BUSY","status":503,"detail":"Try again later","code":503,"name":"BUSY","domain":"Shop","known":true,"retryable":true}""",
            Call("Problem", 503, null));

    [Fact]
    public void A_filled_message_is_the_detail_and_the_title_stays_the_codes_name()
        => Assert.Equal(
            """{"type":"https://docs.example/errors/404","title":"ITEM_NOT_FOUND","status":404,"detail":"Item pen is not found","code":404,"name":"ITEM_NOT_FOUND","domain":"Shop","known":true,"retryable":false}""",
            Call("Filled"));

    [Fact]
    public void A_code_without_http_status_is_500()
        => Assert.Equal(
            """{"type":"https://docs.example/errors/7","title":"NO_STATUS","status":500,"detail":"No status","code":7,"name":"NO_STATUS","domain":"Shop","known":true,"retryable":false}""",
            Call("Problem", 7, null));

    [Fact]
    public void An_unknown_code_keeps_its_number_and_the_server_text_without_a_help_link()
        => Assert.Equal(
            """{"title":"4711","status":500,"detail":"Quota exceeded","code":4711,"name":"4711","domain":"Shop","known":false,"retryable":false}""",
            Call("Problem", 4711, "Quota exceeded"));

    [Fact]
    public void On_CSharp_7_3_the_problem_details_and_the_json_converter_compile_and_run()
    {
        const string user = """
            using System.Text.Json;
            using TestApp;

            internal static class Probe
            {
                public static string Problem()
                {
                    return JsonSerializer.Serialize(ShopException.FromCode(503, null).ToProblemDetails());
                }

                public static string RoundTrip()
                {
                    ShopErrorCode code = JsonSerializer.Deserialize<ShopErrorCode>("\"BUSY\"");
                    return JsonSerializer.Serialize(code) + JsonSerializer.Serialize(JsonSerializer.Deserialize<ShopErrorCode>("4711"));
                }
            }
            """;
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            user,
            GeneratorHarness.NetReferences.AddRange(AspNetReferences).Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath)),
            parseOptions,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Shop }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        var result = new GenerationResult(driver, output, diagnostics);

        string source = Assert.Single(result.Sources).Value;
        Assert.Contains("[global::System.Text.Json.Serialization.JsonConverter(typeof(", source, StringComparison.Ordinal);
        Assert.Contains("ToProblemDetails()", source, StringComparison.Ordinal);
        Assert.DoesNotContain("#nullable", source, StringComparison.Ordinal);
        Type probe = result.Load().GetType("Probe")!;

        Assert.Equal(
            """{"type":"https://docs.example/errors/503","title":"BUSY","status":503,"detail":"Try again later","code":503,"name":"BUSY","domain":"Shop","known":true,"retryable":true}""",
            probe.GetMethod("Problem")!.Invoke(null, null));
        Assert.Equal("5034711", probe.GetMethod("RoundTrip")!.Invoke(null, null));
    }

    [Fact]
    public void Whether_ProblemDetails_exists_is_a_bool_that_keeps_every_step_cached_across_edits_and_re_emits_when_it_changes()
    {
        ImmutableArray<MetadataReference> withAspNet = GeneratorHarness.NetReferences.AddRange(AspNetReferences).Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace TestApp { public static class Program { public static int Answer() => 42; } }", withAspNet);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Shop }).RunGenerators(compilation);
        Assert.Contains("ToProblemDetails()", Source(driver), StringComparison.Ordinal);

        // An edit of user code: the settings bool is recomputed but equal, so nothing after it runs again.
        SyntaxTree edited = CSharpSyntaxTree.ParseText("namespace TestApp { public static class Program { public static int Answer() => 43; } }", new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose), path: "User.cs");
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), edited);
        driver = driver.RunGenerators(compilation);
        Assert.All(Reasons(driver, TrackingNames.EmitSettings), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "EmitSettings " + reason));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(driver, TrackingNames.DomainsToEmit));
        Assert.Contains("ToProblemDetails()", Source(driver), StringComparison.Ordinal);

        // Removing ASP.NET Core changes the bool: the domain is emitted again, without ToProblemDetails.
        driver = driver.RunGenerators(compilation.RemoveReferences(AspNetReferences));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(driver, TrackingNames.EmitSettings));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(driver, TrackingNames.DomainsToEmit));
        Assert.DoesNotContain("ProblemDetails", Source(driver), StringComparison.Ordinal);
    }

    private static string Source(GeneratorDriver driver) => Assert.Single(driver.GetRunResult().GeneratedTrees).ToString();

    /// <summary>Why each output of a step was produced; a step that produced nothing fails, so no check passes vacuously.</summary>
    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step)
    {
        IncrementalStepRunReason[] reasons = driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(run => run.Outputs.Select(o => o.Reason)).ToArray();
        Assert.NotEmpty(reasons);
        return reasons;
    }

    [Fact]
    public void Without_ASP_NET_Core_there_is_no_ToProblemDetails()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Shop });

        Assert.DoesNotContain("ProblemDetails", Assert.Single(result.Sources).Value, StringComparison.Ordinal);
        Assert.Empty(result.CompilerDiagnostics);
    }
}
