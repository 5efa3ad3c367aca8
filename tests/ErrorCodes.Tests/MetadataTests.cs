using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The optional metadata columns (http_status, retryable, severity, help_url or the ErrorCodesHelpUrl template,
/// deprecated) and the category exception types, compiled and executed through typed user code.
/// </summary>
public class MetadataTests
{
    private static readonly Catalog Shop = new(
        "/p/shop.csv",
        string.Join("\n",
            "code,name,message,category,http_status,retryable,severity,help_url,deprecated",
            "404,ITEM_NOT_FOUND,Item {0} is not found,Catalog,404,false,error,,",
            "503,BUSY,Try again later,Service,503,TRUE,Warning,https://help.example/busy?lang=en&x=1,",
            "10,OLD_COUPON,Old coupon,Catalog,,,info,,Use ITEM_NOT_FOUND instead.",
            "11,LEGACY_ITEM,Legacy {0} {1},,,,,,true",
            "12,Plain name,Plain,,,,,,false") + "\n",
        HelpUrl: "https://docs.example/errors/{code}?name={name}");

    private const string Probe = """
        using ErrorCodes;
        using TestApp;

        internal static class Probe
        {
            public static string Status(int code) => ((ShopErrorCode)code).GetHttpStatus()?.ToString() ?? "none";

            public static bool Retryable(int code) => ((ShopErrorCode)code).IsRetryable();

            public static string Severity(int code) => ((ShopErrorCode)code).GetSeverity()?.ToString() ?? "none";

            public static string HelpUrl(int code) => ((ShopErrorCode)code).GetHelpUrl() ?? "none";

            public static string CatchCategory(int code)
            {
                try
                {
                    throw ShopException.FromCode(code, null);
                }
                catch (ShopCatalogException error)
                {
                    return "Catalog:" + error.GetType().Name + ":" + error.Message;
                }
                catch (ShopServiceException error)
                {
                    return "Service:" + error.GetType().Name + ":" + error.Message;
                }
                catch (ShopException error)
                {
                    return "Shop:" + error.GetType().Name + ":" + error.Message;
                }
            }

            public static string FactoryType() => ShopException.Create(ShopErrorCode.ItemNotFound, ShopErrorCodes.FormatItemNotFound("pen")).GetType().Name;

            public static string FromCodeWithCause(int code, string? serverMessage)
            {
                var cause = new System.InvalidOperationException("socket closed");
                ShopException error = ShopException.FromCode(code, serverMessage, cause);
                return error.GetType().Name + "|" + error.IsKnown + "|" + error.Code + "|" + (int)error.ErrorCode + "|" + error.ErrorName + "|" + error.Message + "|" + ReferenceEquals(error.InnerException, cause);
            }

            public static string FromBase(int code)
            {
                ErrorCodeException error = ShopException.FromCode(code, "server text");
                return error.IsKnown + "|" + error.HttpStatus + "|" + error.IsRetryable + "|" + error.Severity + "|" + error.Category + "|" + error.HelpUrl + "|" + error.Message;
            }
        }
        """;

    private static readonly Lazy<Assembly> Loaded = new(() => GeneratorHarness.CompileAndLoad(new[] { Shop }, Probe));

    private static object? Call(string method, params object[] arguments)
        => Loaded.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null);

    [Theory]
    [InlineData(404, "404")]
    [InlineData(503, "503")]
    [InlineData(10, "none")]
    [InlineData(999, "none")]
    public void GetHttpStatus_returns_the_column_value_or_null(int code, string expected)
        => Assert.Equal(expected, Call("Status", code));

    [Theory]
    [InlineData(404, false)]
    [InlineData(503, true)]
    [InlineData(10, false)]
    [InlineData(999, false)]
    public void IsRetryable_is_true_only_for_rows_marked_true(int code, bool expected)
        => Assert.Equal(expected, Call("Retryable", code));

    [Theory]
    [InlineData(404, "Error")]
    [InlineData(503, "Warning")]
    [InlineData(10, "Info")]
    [InlineData(11, "none")]
    [InlineData(999, "none")]
    public void GetSeverity_maps_the_column_case_insensitively(int code, string expected)
        => Assert.Equal(expected, Call("Severity", code));

    [Theory]
    [InlineData(503, "https://help.example/busy?lang=en&x=1")]
    [InlineData(404, "https://docs.example/errors/404?name=ITEM_NOT_FOUND")]
    [InlineData(12, "https://docs.example/errors/12?name=Plain%20name")]
    [InlineData(999, "none")]
    public void GetHelpUrl_prefers_the_row_and_else_fills_the_file_template(int code, string expected)
        => Assert.Equal(expected, Call("HelpUrl", code));

    [Theory]
    [InlineData(404, "Catalog:ShopCatalogException:Item {0} is not found")]
    [InlineData(10, "Catalog:ShopCatalogException:Old coupon")]
    [InlineData(503, "Service:ShopServiceException:Try again later")]
    [InlineData(11, "Shop:ShopException:Legacy {0} {1}")]
    [InlineData(77, "Shop:ShopException:The Shop catalog does not define the error code 77.")]
    public void FromCode_creates_the_category_type_so_catch_selects_a_whole_category(int code, string expected)
        => Assert.Equal(expected, Call("CatchCategory", code));

    [Theory]
    [InlineData(404, "server says", "ShopCatalogException|True|404|404|ITEM_NOT_FOUND|server says|True")]
    [InlineData(503, null, "ShopServiceException|True|503|503|BUSY|Try again later|True")]
    [InlineData(int.MinValue, null, "ShopException|False|-2147483648|-2147483648|-2147483648|The Shop catalog does not define the error code -2147483648.|True")]
    [InlineData(int.MaxValue, "", "ShopException|False|2147483647|2147483647|2147483647|The Shop catalog does not define the error code 2147483647.|True")]
    [InlineData(0, "Quota exceeded", "ShopException|False|0|0|0|Quota exceeded|True")]
    public void FromCode_with_a_cause_keeps_the_cause_the_raw_number_and_the_server_text_for_any_code(int code, string? serverMessage, string expected)
        => Assert.Equal(expected, Call("FromCodeWithCause", code, serverMessage!));

    [Fact]
    public void Create_factories_produce_the_category_type()
        => Assert.Equal("ShopCatalogException", Call("FactoryType"));

    [Fact]
    public void The_base_exception_exposes_the_metadata_without_knowing_the_domain()
    {
        Assert.Equal("True|503|True|Warning|Service|https://help.example/busy?lang=en&x=1|server text", Call("FromBase", 503));
        Assert.Equal("False||False||||server text", Call("FromBase", 1234));
    }

    [Fact]
    public void Deprecated_members_are_obsolete_with_the_reason_and_the_generated_code_itself_stays_warning_free()
    {
        // Loading fails on any warning, so this also proves the generated helpers do not trip CS0618 themselves.
        Assert.NotNull(Loaded.Value);

        const string user = """
            using TestApp;

            internal static class User
            {
                public static object Old() => ShopErrorCode.OldCoupon;

                public static object Legacy() => ShopErrorCodes.FormatLegacyItem(1, 2);

                public static object Current() => ShopErrorCode.ItemNotFound;
            }
            """;
        GenerationResult result = GeneratorHarness.Generate(new[] { Shop }, user);

        var warnings = result.CompilerDiagnostics.Select(d => (d.Id, d.Severity, d.Location.GetLineSpan().StartLinePosition.Line, d.GetMessage(CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(
            new[]
            {
                ("CS0618", DiagnosticSeverity.Warning, 4, "'ShopErrorCode.OldCoupon' is obsolete: 'Use ITEM_NOT_FOUND instead.'"),
                ("CS0618", DiagnosticSeverity.Warning, 6, "'ShopErrorCodes.FormatLegacyItem<T0, T1>(T0, T1)' is obsolete: 'The vendor has deprecated this error code.'"),
            },
            warnings);
    }

    [Fact]
    public void A_deprecation_reason_is_data_whatever_it_holds()
    {
        const string reason = "Use \"B\")] class X { } // \\ {0}\nnext line";
        var catalog = new Catalog("/p/odd.csv", "code,name,deprecated\n1,A,\"" + reason.Replace("\"", "\"\"") + "\"\n2,B,\n");
        const string user = "internal static class User { public static object A() => TestApp.OddErrorCode.A; }";

        GenerationResult result = GeneratorHarness.Generate(new[] { catalog }, user);

        Diagnostic warning = Assert.Single(result.CompilerDiagnostics);
        Assert.Equal("CS0618", warning.Id);
        Assert.Equal("'OddErrorCode.A' is obsolete: '" + reason + "'", warning.GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>The README's "Metadata columns" example, its catalog and its calls as printed there.</summary>
    [Fact]
    public void The_readme_example_gives_what_the_readme_says()
    {
        var readmeCatalog = Catalog.Csv(
            "/p/shop.csv",
            "code,name,message,category,http_status,retryable,severity,help_url,deprecated",
            "404,ITEM_NOT_FOUND,Item {0} is not found,Catalog,404,,error,,",
            "503,BUSY,Try again later,Service,503,true,warning,https://help.example/busy,",
            "10,OLD_COUPON,Old coupon,Catalog,,,info,,Use ITEM_NOT_FOUND instead.");
        const string user = """
            using ErrorCodes;
            using TestApp;

            internal static class Readme
            {
                public static string Calls()
                    => ShopErrorCode.Busy.GetHttpStatus() + "|" + ShopErrorCode.Busy.IsRetryable() + "|" + ShopErrorCode.Busy.GetSeverity() + "|" + ShopErrorCode.Busy.GetHelpUrl()
                       + "|" + (ShopErrorCode.ItemNotFound.IsRetryable() ? "retryable" : "not retryable") + "|" + (ShopErrorCode.Busy.GetSeverity() == ErrorSeverity.Warning);

                public static object Old()
                {
                    var old = ShopErrorCode.OldCoupon;
                    return old;
                }
            }
            """;
        GenerationResult result = GeneratorHarness.Generate(new[] { readmeCatalog }, user);

        Diagnostic warning = Assert.Single(result.CompilerDiagnostics);
        Assert.Equal(("CS0618", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal("'ShopErrorCode.OldCoupon' is obsolete: 'Use ITEM_NOT_FOUND instead.'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        GenerationResult withoutDeprecatedUse = GeneratorHarness.Generate(new[] { readmeCatalog }, user.Replace("var old = ShopErrorCode.OldCoupon;", "var old = 10;", StringComparison.Ordinal));
        object? calls = withoutDeprecatedUse.Load().GetType("Readme")!.GetMethod("Calls")!.Invoke(null, null);
        Assert.Equal("503|True|Warning|https://help.example/busy|not retryable|True", calls);
    }

    [Fact]
    public void A_catalog_without_metadata_columns_costs_one_sized_array_per_table()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv("/p/plain.csv", "code,name", "1,A", "5,B") });
        string source = Assert.Single(result.Sources).Value;

        Assert.Contains("private static readonly short[] s_httpStatuses = new short[2];", source, StringComparison.Ordinal);
        Assert.Contains("private static readonly byte[] s_severities = new byte[2];", source, StringComparison.Ordinal);
        Assert.Contains("private static readonly bool[] s_retryable = new bool[2];", source, StringComparison.Ordinal);
        Assert.Contains("private static readonly string?[] s_helpUrls = new string?[2];", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Obsolete", source, StringComparison.Ordinal);
    }
}
