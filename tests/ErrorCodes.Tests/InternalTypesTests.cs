using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;
using static ErrorCodes.Tests.Infrastructure.StrictConsumer;

namespace ErrorCodes.Tests;

/// <summary>
/// <c>ErrorCodesAccessibility="internal"</c>: a library uses a catalog inside (Npgsql and PostgreSQL's SQLSTATE table)
/// without adding it to its public API. Every generated type is internal and the code of the assembly uses it as
/// before; a value other than public or internal is EC1048 and keeps the types public.
/// </summary>
public class InternalTypesTests
{
    private const string NumericPath = "/p/vendor.csv";
    private const string StringPath = "/p/sqlstate.csv";

    private static Catalog Numeric(string? accessibility = "internal") => Catalog.Csv(
        NumericPath,
        "code,name,message,category,http_status,retryable",
        "404,NOT_FOUND,Item {0} is not found,Catalog,404,",
        "503,BUSY,Try again later,Service,503,true") with { Domain = "Vendor", Namespace = "Db.Client", Accessibility = accessibility };

    private static Catalog StringCoded(string? accessibility = "internal") => Catalog.Csv(
        StringPath,
        "code,name,message,category",
        "23505,unique_violation,duplicate key value violates unique constraint '{0}',Integrity",
        "40001,serialization_failure,could not serialize access,Transaction") with { Domain = "SqlState", Namespace = "Db.Client", CodeType = "string", Accessibility = accessibility };

    /// <summary>A library's public API that uses the internal catalogs only inside.</summary>
    private const string User = """
        namespace Db.Client
        {
            /// <summary>The library's own exception, the only public type here.</summary>
            public sealed class DbError : System.Exception
            {
                /// <summary>Creates the error from the server's SQLSTATE.</summary>
                /// <param name="sqlState">The server's code.</param>
                public DbError(string sqlState)
                    : base(SqlStateErrorCodes.TryFromCode(sqlState, out SqlStateErrorCode code) ? code.GetName() : sqlState)
                {
                    IsTransient = SqlStateErrorCodes.TryFromCode(sqlState, out code) && code == SqlStateErrorCode.SerializationFailure;
                }

                /// <summary>Whether a retry may succeed.</summary>
                public bool IsTransient { get; }
            }

            /// <summary>Uses the generated API.</summary>
            public static class Probe
            {
                /// <summary>Runs the internal API from inside the assembly.</summary>
                /// <returns>What it said.</returns>
                public static string Run()
                {
                    var error = new DbError("40001");
                    VendorException thrown = VendorException.FromCode(503, null);
                    return error.Message + "|" + error.IsTransient + "|" + VendorErrorCodes.FormatNotFound("book") + "|" + thrown.IsRetryable + "|"
                        + thrown.GetType().Name + "|" + SqlStateException.FromCode("23505", null).CodeText;
                }
            }
        }
        """;

    [Theory]
    [MemberData(nameof(Consumers), MemberType = typeof(StrictConsumer))]
    public void Every_generated_type_is_internal_and_the_assembly_uses_them_under_strict_settings(LanguageVersion language, NullableContextOptions nullable, bool netStandard)
    {
        GenerationResult result = Generate(new[] { Numeric(), StringCoded() }, User, netStandard ? NetStandard20References() : null, language, nullable);

        AssertClean(result);
        Assembly assembly = result.Load();
        Type[] generated = assembly.GetTypes().Where(type => type.Namespace == "Db.Client" && type.Name.StartsWith("Vendor", StringComparison.Ordinal) || type.Name.StartsWith("SqlState", StringComparison.Ordinal)).ToArray();
        var expected = new List<string>
        {
            "VendorErrorCode", "VendorErrorCodes", "VendorException", "VendorCatalogException", "VendorServiceException",
            "SqlStateErrorCode", "SqlStateErrorCodes", "SqlStateException", "SqlStateIntegrityException", "SqlStateTransactionException",
        };
        if (!netStandard)
        {
            expected.Add("VendorErrorCodeJsonConverter");
            expected.Add("SqlStateErrorCodeJsonConverter");
        }

        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), generated.Where(type => !type.IsNested).Select(type => type.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(generated.Where(type => !type.IsNested), type => Assert.False(type.IsPublic, type.Name + " is public"));
        Assert.Equal(new[] { "DbError", "Probe" }, assembly.GetExportedTypes().Select(type => type.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal("serialization_failure|True|Item book is not found|True|VendorServiceException|23505", RunProbe(result));
    }

    [Fact]
    public void Internal_changes_only_the_type_declarations()
    {
        string publicText = Assert.Single(GeneratorHarness.Generate(new[] { Numeric(null) }).Sources).Value;
        string internalText = Assert.Single(GeneratorHarness.Generate(new[] { Numeric() }).Sources).Value;

        string[] publicLines = publicText.Split('\n');
        string[] internalLines = internalText.Split('\n');
        Assert.Equal(publicLines.Length, internalLines.Length);
        string[] changed = publicLines.Zip(internalLines, (p, i) => (p, i)).Where(pair => pair.p != pair.i).Select(pair => pair.i.Trim()).ToArray();
        Assert.Equal(
            new[]
            {
                "internal enum VendorErrorCode",
                "internal static partial class VendorErrorCodes",
                "internal partial class VendorException : global::ErrorCodes.ErrorCodeException",
                "internal partial class VendorCatalogException : global::Db.Client.VendorException",
                "internal partial class VendorServiceException : global::Db.Client.VendorException",
                "internal sealed class VendorErrorCodeJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::Db.Client.VendorErrorCode>",
            },
            changed);
    }

    [Fact]
    public async Task The_analyzer_checks_codes_of_an_internal_catalog()
    {
        await AnalyzerVerifier.VerifyAsync(
            AnalyzerVerifier.UserClass("""
                internal object[] M(SqlStateException ex) => new object[]
                {
                    SqlStateErrorCodes.IsDefined({|#0:"40002"|}),
                    ex.CodeText == {|#1:"23505"|},
                };
                """),
            InternalForAnalyzer,
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(0)
                .WithMessage("\"40002\" is not a defined SqlState error code; did you mean \"40001\" (SerializationFailure)?"),
            AnalyzerVerifier.StringCodeAsText(1, "23505", "SqlStateErrorCode.UniqueViolation"));
    }

    /// <summary>The string-coded catalog, internal, in namespace TestApp (kept in a field: the generated code is cached per list).</summary>
    private static readonly IReadOnlyList<Catalog> InternalForAnalyzer = new[] { StringCoded() with { Namespace = null } };

    [Theory]
    [InlineData("internal")]
    [InlineData("INTERNAL")]
    [InlineData(" Internal ")]
    public void Internal_is_read_trimmed_and_in_any_case(string value)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Equal(Accessibility.Internal, result.Compilation.GetTypeByMetadataName("Db.Client.VendorErrorCodes")!.DeclaredAccessibility);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("public")]
    [InlineData(" PUBLIC ")]
    public void Public_empty_or_blank_is_the_same_as_no_setting(string value)
    {
        string absent = Assert.Single(GeneratorHarness.Generate(new[] { Numeric(null) }).Sources).Value;
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Equal(absent, Assert.Single(result.Sources).Value);
        Assert.Contains("public enum VendorErrorCode", absent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("private")]
    [InlineData("protected internal")]
    [InlineData("true")]
    public void Another_value_is_EC1048_at_the_start_of_the_file_and_the_types_are_public(string value)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Diagnostic diagnostic = Single(result, "EC1048");
        AssertDiagnostic(diagnostic, "EC1048", DiagnosticSeverity.Warning, NumericPath, (0, 0), (0, 0));
        Assert.Equal(
            "The ErrorCodesAccessibility metadata '" + value + "' of the catalog 'vendor.csv' is neither 'public' nor 'internal', so the catalog's types are public; write ErrorCodesAccessibility=\"internal\" to keep them inside the assembly, or remove it",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Equal(Accessibility.Public, result.Compilation.GetTypeByMetadataName("Db.Client.VendorErrorCode")!.DeclaredAccessibility);
    }

    [Fact]
    public void Changing_the_setting_re_emits_only_that_domain()
    {
        Catalog other = Catalog.Csv("/p/other.csv", "code,name", "1,A");
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Numeric(null), other }).RunGenerators(compilation);
        Assert.Contains("public enum VendorErrorCode", Source(driver, "Vendor"), StringComparison.Ordinal);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor(new[] { Numeric(), other })).RunGenerators(compilation);

        Assert.Contains("internal enum VendorErrorCode", Source(driver, "Vendor"), StringComparison.Ordinal);
        DomainModel changed = AssertOnlyThisDomainReEmitted(driver, NumericPath, domains: 2);
        Assert.True(changed.IsInternal);
    }
}
