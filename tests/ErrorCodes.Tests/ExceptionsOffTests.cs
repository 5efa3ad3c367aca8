using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;
using static ErrorCodes.Tests.Infrastructure.StrictConsumer;

namespace ErrorCodes.Tests;

/// <summary>
/// <c>ErrorCodesExceptions="false"</c>: a library with its own exception type of the generated name (MySqlConnector's
/// <c>MySqlException : DbException</c>) keeps the enum, the lookups, the format helpers and the JSON converter and gets
/// no exception type, so its class compiles beside the generated code. Categories then name no types; a value other
/// than true or false is EC1037 and keeps the exceptions.
/// </summary>
public class ExceptionsOffTests
{
    private const string NumericPath = "/p/mysql-errors.csv";
    private const string StringPath = "/p/pg-errors.csv";

    private static Catalog Numeric(string? exceptions = "false") => Catalog.Csv(
        NumericPath,
        "code,name,message,category,http_status",
        "1045,ER_ACCESS_DENIED_ERROR,Access denied for user '{0}'@'{1}',Access,403",
        "1146,ER_NO_SUCH_TABLE,Table '{0}' doesn't exist,Schema,",
        "2006,CR_SERVER_GONE_ERROR,MySQL server has gone away,Connection,503") with { Domain = "MySql", Namespace = "Db.Client", Exceptions = exceptions };

    private static Catalog StringCoded(string? exceptions = "false") => Catalog.Csv(
        StringPath,
        "code,name,message,category",
        "23505,unique_violation,duplicate key value violates unique constraint '{0}',Integrity",
        "42P01,undefined_table,relation '{0}' does not exist,Syntax") with { Domain = "Postgres", Namespace = "Db.Client", CodeType = "string", Exceptions = exceptions };

    /// <summary>The library's own exception of the generated name, not partial, as MySqlConnector declares it; and calls of the generated API.</summary>
    private const string NumericUser = """
        namespace Db.Client
        {
            /// <summary>The library's own exception.</summary>
            public sealed class MySqlException : System.Exception
            {
                /// <summary>Creates the exception.</summary>
                /// <param name="errorCode">The code.</param>
                /// <param name="message">The message.</param>
                public MySqlException(MySqlErrorCode errorCode, string message)
                    : base(message)
                {
                    ErrorCode = errorCode;
                }

                /// <summary>The code.</summary>
                public MySqlErrorCode ErrorCode { get; }
            }

            /// <summary>Uses the generated API.</summary>
            public static class Probe
            {
                /// <summary>Looks a code up, fills its message and throws the library's exception.</summary>
                /// <returns>What the generated API said.</returns>
                public static string Run()
                {
                    MySqlErrorCode code;
                    bool found = MySqlErrorCodes.TryFromCode(1146, out code);
                    try
                    {
                        throw new MySqlException(code, MySqlErrorCodes.FormatErNoSuchTable("users"));
                    }
                    catch (MySqlException error)
                    {
                        return found + "|" + error.ErrorCode.GetName() + "|" + error.Message + "|" + code.GetCategory() + "|"
                            + MySqlErrorCode.CrServerGoneError.GetHttpStatus() + "|" + MySqlErrorCodes.IsDefined(9999);
                    }
                }
            }
        }
        """;

    private const string StringUser = """
        namespace Db.Client
        {
            /// <summary>The library's own exception.</summary>
            public class PostgresException : System.Exception
            {
                /// <summary>Creates the exception.</summary>
                /// <param name="message">The message.</param>
                public PostgresException(string message)
                    : base(message)
                {
                }
            }

            /// <summary>Uses the generated API.</summary>
            public static class Probe
            {
                /// <summary>Looks a code up and fills its message.</summary>
                /// <returns>What the generated API said.</returns>
                public static string Run()
                {
                    PostgresErrorCode code;
                    bool found = PostgresErrorCodes.TryFromCode("42P01", out code);
                    var error = new PostgresException(PostgresErrorCodes.FormatUndefinedTable("users"));
                    return found + "|" + code.GetCode() + "|" + code.GetName() + "|" + error.Message + "|" + code.GetCategory() + "|"
                        + PostgresErrorCodes.IsDefined("42p01");
                }
            }
        }
        """;

    [Theory]
    [MemberData(nameof(Consumers), MemberType = typeof(StrictConsumer))]
    public void A_numeric_catalog_without_exceptions_compiles_beside_the_librarys_own_exception_of_that_name_and_its_lookups_run(LanguageVersion language, NullableContextOptions nullable, bool netStandard)
    {
        GenerationResult result = Generate(new[] { Numeric() }, NumericUser, netStandard ? NetStandard20References() : null, language, nullable);

        AssertClean(result);
        string source = Assert.Single(result.Sources).Value;
        Assert.Equal(new[] { "MySqlErrorCode", "MySqlErrorCodes" }.Concat(netStandard ? Array.Empty<string>() : new[] { "MySqlErrorCodeJsonConverter" }), DeclaredTypes(source).Keys);
        // A cref to the exception would bind to the library's own class without a warning: the name must not appear at all.
        Assert.DoesNotContain("MySqlException", source, StringComparison.Ordinal);
        Assert.DoesNotContain("ErrorCodeException", source, StringComparison.Ordinal);
        Assert.Equal("System.Exception", result.Compilation.GetTypeByMetadataName("Db.Client.MySqlException")!.BaseType!.ToDisplayString());
        Assert.Equal("True|ER_NO_SUCH_TABLE|Table 'users' doesn't exist|Schema|503|False", RunProbe(result));
    }

    [Theory]
    [MemberData(nameof(Consumers), MemberType = typeof(StrictConsumer))]
    public void A_string_coded_catalog_without_exceptions_compiles_beside_the_librarys_own_exception_of_that_name_and_its_lookups_run(LanguageVersion language, NullableContextOptions nullable, bool netStandard)
    {
        GenerationResult result = Generate(new[] { StringCoded() }, StringUser, netStandard ? NetStandard20References() : null, language, nullable);

        AssertClean(result);
        string source = Assert.Single(result.Sources).Value;
        Assert.Equal(new[] { "PostgresErrorCode", "PostgresErrorCodes" }.Concat(netStandard ? Array.Empty<string>() : new[] { "PostgresErrorCodeJsonConverter" }), DeclaredTypes(source).Keys);
        Assert.DoesNotContain("PostgresException", source, StringComparison.Ordinal);
        Assert.DoesNotContain("ErrorCodeException", source, StringComparison.Ordinal);
        Assert.Equal("True|42P01|undefined_table|relation 'users' does not exist|Syntax|False", RunProbe(result));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_exceptions_every_other_generated_type_is_the_same_text_as_with_them(bool stringCoded)
    {
        string on = Assert.Single(GeneratorHarness.Generate(new[] { stringCoded ? StringCoded(null) : Numeric(null) }).Sources).Value;
        string off = Assert.Single(GeneratorHarness.Generate(new[] { stringCoded ? StringCoded() : Numeric() }).Sources).Value;

        Dictionary<string, string> withExceptions = DeclaredTypes(on);
        Dictionary<string, string> without = DeclaredTypes(off);
        string domain = stringCoded ? "Postgres" : "MySql";
        string[] categories = stringCoded ? new[] { "Integrity", "Syntax" } : new[] { "Access", "Schema", "Connection" };
        Assert.Equal(
            without.Keys.Append(domain + "Exception").Concat(categories.Select(c => domain + c + "Exception")).OrderBy(n => n, StringComparer.Ordinal),
            withExceptions.Keys.OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(without, type => Assert.Equal(withExceptions[type.Key], type.Value));
    }

    [Fact]
    public void Without_exceptions_there_is_no_ToProblemDetails_even_with_ASP_NET_Core()
    {
        GenerationResult result = Generate(new[] { Numeric() }, NumericUser, Net10References().AddRange(ProblemDetailsTests.AspNetReferences));

        AssertClean(result);
        Assert.DoesNotContain("ProblemDetails", Assert.Single(result.Sources).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_exceptions_categories_name_no_types_draw_no_EC1045_or_EC1046_and_GetCategory_still_works()
    {
        // "!!!" has no letter for a type name (EC1045) and "On air" and "on-air" give one type (EC1046), with exceptions.
        static Catalog Categories(string? exceptions) => Catalog.Csv(
            "/p/player.csv",
            "code,name,category",
            "1,A,!!!",
            "2,B,On air",
            "3,C,on-air") with { Exceptions = exceptions };
        const string user = """
            namespace TestApp
            {
                /// <summary>Reads the categories.</summary>
                public static class Probe
                {
                    /// <summary>The category of each code.</summary>
                    /// <returns>The categories.</returns>
                    public static string Run() => PlayerErrorCode.A.GetCategory() + "|" + PlayerErrorCode.B.GetCategory() + "|" + PlayerErrorCode.C.GetCategory();
                }
            }
            """;

        GenerationResult withExceptions = GeneratorHarness.Generate(new[] { Categories(null) });
        Assert.Equal(new[] { "EC1045", "EC1046" }, withExceptions.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

        GenerationResult result = GeneratorHarness.Generate(new[] { Categories("false") }, user);
        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Equal(new[] { "PlayerErrorCode", "PlayerErrorCodes", "PlayerErrorCodeJsonConverter" }, DeclaredTypes(Assert.Single(result.Sources).Value).Keys);
        Assert.Equal("!!!|On air|on-air", (string)result.Load().GetType("TestApp.Probe")!.GetMethod("Run")!.Invoke(null, null)!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_domain_without_exceptions_makes_no_category_type_claim_and_leaves_its_exceptions_name_free(bool reversed)
    {
        // With exceptions, the category Station of Live makes LiveStationException, which the domain LiveStation generates: EC1030.
        var live = Catalog.Csv("/p/live.csv", "code,name,category", "1,A,Station", "2,B,Other");
        var liveStation = Catalog.Csv("/p/live-station.csv", "code,name,category", "1,A,Other");
        Assert.Single(GeneratorHarness.Generate(new[] { live, liveStation }).GeneratorDiagnostics, d => d.Id == "EC1030");

        // Live without exceptions claims no LiveStationException; LiveStation without exceptions leaves it to Live's category.
        Catalog[] catalogs = reversed ? new[] { live, liveStation with { Exceptions = "false" } } : new[] { live with { Exceptions = "false" }, liveStation };
        GenerationResult result = GeneratorHarness.Generate(catalogs);

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Empty(result.CompilerDiagnostics);
        string expectedBase = reversed ? "TestApp.LiveException" : "ErrorCodes.ErrorCodeException";
        Assert.Equal(expectedBase, result.Compilation.GetTypeByMetadataName("TestApp.LiveStationException")!.BaseType!.ToDisplayString());
        Assert.Equal(reversed, result.Compilation.GetTypeByMetadataName("TestApp.LiveOtherException") is not null);
        Assert.Equal(!reversed, result.Compilation.GetTypeByMetadataName("TestApp.LiveStationOtherException") is not null);
    }

    [Fact]
    public void A_domain_without_exceptions_does_not_take_the_librarys_exception_name_so_it_is_not_EC1028()
    {
        // With exceptions, the domain ErrorCode in the namespace ErrorCodes would generate ErrorCodes.ErrorCodeException (EC1028).
        var catalog = Catalog.Csv("/p/error-code.csv", "code,name,message", "1,A,a {0}") with { Namespace = "ErrorCodes" };
        Assert.Single(GeneratorHarness.Generate(new[] { catalog }).GeneratorDiagnostics, d => d.Id == "EC1028");

        GenerationResult result = GeneratorHarness.Generate(new[] { catalog with { Exceptions = "false" } });

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Empty(result.CompilerDiagnostics);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("ErrorCodes.ErrorCodeErrorCode"));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("FALSE")]
    [InlineData(" False ")]
    public void False_is_read_trimmed_and_in_any_case(string value)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Null(result.Compilation.GetTypeByMetadataName("Db.Client.MySqlException"));
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Db.Client.MySqlErrorCodes"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("true")]
    [InlineData(" TRUE ")]
    public void True_empty_or_blank_is_the_same_as_no_setting(string value)
    {
        string absent = Assert.Single(GeneratorHarness.Generate(new[] { Numeric(null) }).Sources).Value;
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Equal(absent, Assert.Single(result.Sources).Value);
        Assert.Contains("public partial class MySqlException : global::ErrorCodes.ErrorCodeException", absent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("0")]
    [InlineData("off")]
    [InlineData("falsey")]
    public void Another_value_is_EC1037_at_the_start_of_the_file_and_the_exceptions_are_generated(string value)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Diagnostic diagnostic = Single(result, "EC1037");
        AssertDiagnostic(diagnostic, "EC1037", DiagnosticSeverity.Warning, NumericPath, (0, 0), (0, 0));
        Assert.Equal(
            "The ErrorCodesExceptions metadata '" + value + "' of the catalog 'mysql-errors.csv' is neither 'true' nor 'false', so the catalog's exception types are generated; write ErrorCodesExceptions=\"false\" to generate none, or remove it",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Equal("ErrorCodes.ErrorCodeException", result.Compilation.GetTypeByMetadataName("Db.Client.MySqlException")!.BaseType!.ToDisplayString());
        Assert.Equal("Db.Client.MySqlException", result.Compilation.GetTypeByMetadataName("Db.Client.MySqlSchemaException")!.BaseType!.ToDisplayString());
    }

    [Fact]
    public void A_long_value_with_line_breaks_is_shortened_to_one_line_in_EC1037_and_never_fails_the_generator()
    {
        string value = "nope\r\n#error x " + new string('x', 200) + "\u202E";
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Diagnostic diagnostic = Single(result, "EC1037");
        AssertDiagnostic(diagnostic, "EC1037", DiagnosticSeverity.Warning, NumericPath, (0, 0), (0, 0));
        // The first 40 characters, with the line break written as \r\n, then "...".
        Assert.StartsWith("The ErrorCodesExceptions metadata 'nope\\r\\n#error x " + new string('x', 23) + "...' of the catalog 'mysql-errors.csv'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Db.Client.MySqlException"));
    }

    [Fact]
    public void Changing_the_setting_re_emits_only_that_domain()
    {
        Catalog other = Catalog.Csv("/p/other.csv", "code,name", "1,A");
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Numeric(null), other }).RunGenerators(compilation);
        Assert.Contains("class MySqlException", Source(driver, "MySql"), StringComparison.Ordinal);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor(new[] { Numeric("false"), other })).RunGenerators(compilation);

        Assert.DoesNotContain("MySqlException", Source(driver, "MySql"), StringComparison.Ordinal);
        DomainModel changed = AssertOnlyThisDomainReEmitted(driver, NumericPath, domains: 2);
        Assert.False(changed.GeneratesExceptions);
    }
}
