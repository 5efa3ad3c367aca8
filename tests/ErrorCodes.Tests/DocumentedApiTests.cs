using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using ErrorCodes.Generator.Analysis;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// Promises of the README that no other test holds to: each is checked on generated code compiled and run (or, for
/// the compiler's and the analyzer's warnings, compiled and analyzed) as a user's project would.
/// </summary>
public class DocumentedApiTests
{
    // "Legacy" is the vendor name of code 5 and the member name of code 6; metadata cells carry spaces around values.
    private static readonly Catalog Shop = Catalog.Csv(
        "/p/shop.csv",
        "code,name,member,message,category,http_status,retryable,severity,help_url,deprecated",
        "1,ITEM_NOT_FOUND,,Item {0} is not found,Catalog, 404 , TRUE , Error ,  https://help.example/item  ,",
        "2,BUSY,,Try again later,,,,,,",
        "3,OLD_COUPON,,Old coupon {0},Catalog,,,,,Use ITEM_NOT_FOUND instead.",
        "5,Legacy,Old,Old style,,,,,,",
        "6,LEGACY_V2,Legacy,New style,,,,,,");

    private const string Probe = """
        using System;
        using System.Text.Json;
        using TestApp;

        /// <summary>A server reply.</summary>
        public sealed class Reply
        {
            /// <summary>The code.</summary>
            public ShopErrorCode Code { get; set; }

            /// <summary>A code that may be missing.</summary>
            public ShopErrorCode? Optional { get; set; }
        }

        internal static class Probe
        {
            public static string FromName(string? name)
                => ShopErrorCodes.TryFromName(name, out ShopErrorCode found) ? "true " + (int)found : "false " + (int)found;

            public static string Describe(ShopException exception)
                => exception.GetType().Name + "|" + exception.ErrorCode + "|" + exception.Message + "|" + (exception.InnerException?.Message ?? "no inner");

            public static string Create(int code, string? message, string? inner)
                => Describe(ShopException.Create((ShopErrorCode)code, message, inner is null ? null : new InvalidOperationException(inner)));

            public static string CreateWithDefaults(int code) => Describe(ShopException.Create((ShopErrorCode)code));

            public static string Construct(int code) => Describe(new ShopException((ShopErrorCode)code));

            public static string ConstructWithMessage(int code) => Describe(new ShopException((ShopErrorCode)code, "given", new InvalidOperationException("inner")));

            public static string Metadata(int code)
            {
                var value = (ShopErrorCode)code;
                return value.GetHttpStatus() + "|" + value.IsRetryable() + "|" + value.GetSeverity() + "|" + value.GetHelpUrl() + "|" + value.GetCategory();
            }

            public static string ReadOptional(string json) => JsonSerializer.Deserialize<Reply>(json)!.Optional?.ToString() ?? "null";

            public static string WriteOptional() => JsonSerializer.Serialize(new Reply { Code = ShopErrorCode.Busy });

            public static string ReadCode(string json)
            {
                try
                {
                    return JsonSerializer.Deserialize<Reply>(json)!.Code.ToString();
                }
                catch (JsonException)
                {
                    return "JsonException";
                }
            }
        }
        """;

    private static readonly Lazy<Assembly> Loaded = new(() => GeneratorHarness.CompileAndLoad(new[] { Shop }, Probe));

    private static string Call(string method, params object?[] arguments)
        => (string)Loaded.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;

    [Theory]
    [InlineData("ITEM_NOT_FOUND", "true 1")]
    [InlineData("ItemNotFound", "true 1")]
    [InlineData("Legacy", "true 5")] // the vendor name of code 5 wins over the member name of code 6
    [InlineData("Old", "true 5")]
    [InlineData("LEGACY_V2", "true 6")]
    [InlineData("legacy", "false 0")] // names are compared ordinally
    [InlineData("", "false 0")]
    [InlineData(null, "false 0")]
    public void TryFromName_reads_a_vendor_name_before_a_member_name_and_rejects_null(string? name, string expected)
    {
        Assert.Equal(expected, Call("FromName", name));
    }

    [Fact]
    public void Create_makes_the_category_type_with_the_given_message_and_inner_exception()
    {
        Assert.Equal("ShopCatalogException|ItemNotFound|given|inner", Call("Create", 1, "given", "inner"));
        Assert.Equal("ShopCatalogException|ItemNotFound|Item {0} is not found|no inner", Call("CreateWithDefaults", 1));
        Assert.Equal("ShopException|Busy|Try again later|no inner", Call("Create", 2, null, null));
    }

    [Fact]
    public void Constructors_make_the_plain_exception_even_for_a_categorized_code()
    {
        Assert.Equal("ShopException|ItemNotFound|Item {0} is not found|no inner", Call("Construct", 1));
        Assert.Equal("ShopException|ItemNotFound|given|inner", Call("ConstructWithMessage", 1));
    }

    [Fact]
    public void Metadata_values_are_read_back_trimmed()
    {
        Assert.Equal("404|True|Error|https://help.example/item|Catalog", Call("Metadata", 1));
        Assert.Equal("|False|||", Call("Metadata", 2));
    }

    [Fact]
    public void Json_null_is_null_for_a_nullable_code_and_an_error_for_a_code()
    {
        Assert.Equal("null", Call("ReadOptional", "{\"Code\":1,\"Optional\":null}"));
        Assert.Equal("{\"Code\":2,\"Optional\":null}", Call("WriteOptional"));
        Assert.Equal("JsonException", Call("ReadCode", "{\"Code\":null}"));
    }

    [Fact]
    public void A_deprecated_code_makes_its_format_helper_warn_CS0618_where_used()
    {
        const string user = """
            using TestApp;

            internal static class User
            {
                public static string Format() => ShopErrorCodes.FormatOldCoupon("x");

                public static ShopException Create() => ShopException.Create(ShopErrorCode.ItemNotFound, ShopErrorCodes.FormatOldCoupon("x"));
            }
            """;

        GenerationResult result = GeneratorHarness.Generate(new[] { Shop }, user);

        Assert.Empty(result.GeneratorDiagnostics);
        // Every warning is the user's: the generated code never uses the deprecated member in a way that warns.
        Assert.All(result.CompilerDiagnostics, d => Assert.Equal("User.cs", d.Location.SourceTree?.FilePath));
        Assert.Equal(
            new[]
            {
                "CS0618 (5,38): 'ShopErrorCodes.FormatOldCoupon<T0>(T0)' is obsolete: 'Use ITEM_NOT_FOUND instead.'",
                "CS0618 (7,94): 'ShopErrorCodes.FormatOldCoupon<T0>(T0)' is obsolete: 'Use ITEM_NOT_FOUND instead.'",
            },
            result.CompilerDiagnostics.Select(d => d.Id + " (" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "," + (d.Location.GetLineSpan().StartLinePosition.Character + 1) + "): " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_upper_case_CSV_extension_is_read_and_other_additional_files_are_ignored()
    {
        string text = "code,name\n1,ONE\n";
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            new Catalog("/p/Upper.CSV", text),
            new Catalog("/p/notes.txt", text),
            new Catalog("/p/table.csv.bak", text),
            new Catalog("/p/csv", text),
        });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(new[] { "TestApp.Upper.ErrorCodes.g.cs" }, result.Sources.Keys);
    }

    [Fact]
    public void The_analyzer_skips_a_file_named_generated_cs()
    {
        const string wrong = """
            using TestApp;

            internal static class Wrong
            {
                public static bool Unknown() => ShopErrorCodes.IsDefined(999);
            }
            """;

        Assert.Equal(new[] { "EC2001 in Wrong.cs" }, AnalyzerWarnings("Wrong.cs", wrong));
        Assert.Empty(AnalyzerWarnings("Wrong.generated.cs", wrong));
    }

    private static string[] AnalyzerWarnings(string path, string source)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(parseOptions: parseOptions)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, parseOptions, path: path));
        GeneratorHarness.CreateDriver(new[] { Shop }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation withGenerated, out _);
        Assert.DoesNotContain(withGenerated.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);

        ImmutableArray<Diagnostic> diagnostics = withGenerated
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return diagnostics.Select(d => d.Id + " in " + d.Location.SourceTree?.FilePath).ToArray();
    }
}
