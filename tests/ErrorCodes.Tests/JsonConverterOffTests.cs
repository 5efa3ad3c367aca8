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
/// <c>ErrorCodesJsonConverter="false"</c>: a library whose public enum comes from a catalog keeps the enum's
/// serialization contract (a plain enum, written and read as a number) even though it references System.Text.Json.
/// The domain then gets no converter class and no <c>[JsonConverter]</c>, claims no converter name, and everything
/// else is generated as before; a value other than true or false is EC1047 and keeps the converter.
/// </summary>
public class JsonConverterOffTests
{
    private const string NumericPath = "/p/mysql-errors.csv";
    private const string StringPath = "/p/pg-errors.csv";

    private static Catalog Numeric(string? jsonConverter = "false") => Catalog.Csv(
        NumericPath,
        "code,name,message,category,http_status",
        "1045,ER_ACCESS_DENIED_ERROR,Access denied for user '{0}'@'{1}',Access,403",
        "1146,ER_NO_SUCH_TABLE,Table '{0}' doesn't exist,Schema,404") with { Domain = "MySql", Namespace = "Db.Client", JsonConverter = jsonConverter };

    private static Catalog StringCoded(string? jsonConverter = "false") => Catalog.Csv(
        StringPath,
        "code,name,message,category",
        "23505,unique_violation,duplicate key value violates unique constraint '{0}',Integrity",
        "42P01,undefined_table,relation '{0}' does not exist,Syntax") with { Domain = "Postgres", Namespace = "Db.Client", CodeType = "string", JsonConverter = jsonConverter };

    /// <summary>
    /// Serializes a code, reads it back from its number and tries to read it from its vendor name, which only the
    /// converter accepts; then runs the lookups, the format helper and the exception.
    /// </summary>
    private const string NumericUser = """
        namespace Db.Client
        {
            /// <summary>Uses the generated API with System.Text.Json.</summary>
            public static class Probe
            {
                /// <summary>What System.Text.Json and the lookups make of a code.</summary>
                /// <returns>The results, joined.</returns>
                public static string Run()
                {
                    MySqlErrorCode code;
                    bool found = MySqlErrorCodes.TryFromCode(1146, out code);
                    string json = System.Text.Json.JsonSerializer.Serialize(code);
                    MySqlErrorCode fromNumber = System.Text.Json.JsonSerializer.Deserialize<MySqlErrorCode>("1146");
                    string fromName;
                    try
                    {
                        fromName = System.Text.Json.JsonSerializer.Deserialize<MySqlErrorCode>("\"ER_NO_SUCH_TABLE\"").GetName();
                    }
                    catch (System.Text.Json.JsonException)
                    {
                        fromName = "refused";
                    }

                    MySqlException error = MySqlException.Create(code, MySqlErrorCodes.FormatErNoSuchTable("users"));
                    return json + "|" + fromNumber + "|" + fromName + "|" + found + "|" + code.GetName() + "|" + error.Message + "|"
                        + error.GetType().Name + "|" + code.GetHttpStatus() + "|" + MySqlErrorCodes.IsDefined(9999);
                }
            }
        }
        """;

    private const string StringUser = """
        namespace Db.Client
        {
            /// <summary>Uses the generated API with System.Text.Json.</summary>
            public static class Probe
            {
                /// <summary>What System.Text.Json and the lookups make of a code.</summary>
                /// <returns>The results, joined.</returns>
                public static string Run()
                {
                    PostgresErrorCode code;
                    bool found = PostgresErrorCodes.TryFromCode("42P01", out code);
                    string json = System.Text.Json.JsonSerializer.Serialize(code);
                    PostgresErrorCode fromNumber = System.Text.Json.JsonSerializer.Deserialize<PostgresErrorCode>(json);
                    string fromName;
                    try
                    {
                        fromName = System.Text.Json.JsonSerializer.Deserialize<PostgresErrorCode>("\"undefined_table\"").GetName();
                    }
                    catch (System.Text.Json.JsonException)
                    {
                        fromName = "refused";
                    }

                    return json + "|" + fromNumber + "|" + fromName + "|" + found + "|" + code.GetCode() + "|"
                        + PostgresErrorCodes.FormatUndefinedTable("users") + "|" + PostgresErrorCodes.IsDefined("42p01");
                }
            }
        }
        """;

    [Fact]
    public void A_numeric_catalog_without_the_converter_is_a_plain_enum_to_System_Text_Json_and_its_lookups_run()
    {
        GenerationResult result = Generate(new[] { Numeric() }, NumericUser);

        AssertClean(result);
        string source = Assert.Single(result.Sources).Value;
        // Neither the class, nor the attribute, nor a doc comment that names either.
        Assert.DoesNotContain("JsonConverter", source, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Text.Json", source, StringComparison.Ordinal);
        Assert.Null(result.Compilation.GetTypeByMetadataName("Db.Client.MySqlErrorCodeJsonConverter"));
        Assert.Equal(
            "1146|ErNoSuchTable|refused|True|ER_NO_SUCH_TABLE|Table 'users' doesn't exist|MySqlSchemaException|404|False",
            RunProbe(result));

        // The same probe with the converter: it reads the vendor name, which the plain enum refuses.
        GenerationResult withConverter = Generate(new[] { Numeric(null) }, NumericUser);
        AssertClean(withConverter);
        Assert.Equal(
            "1146|ErNoSuchTable|ER_NO_SUCH_TABLE|True|ER_NO_SUCH_TABLE|Table 'users' doesn't exist|MySqlSchemaException|404|False",
            RunProbe(withConverter));
    }

    [Fact]
    public void A_string_coded_catalog_without_the_converter_is_a_plain_enum_to_System_Text_Json_and_its_lookups_run()
    {
        GenerationResult result = Generate(new[] { StringCoded() }, StringUser);

        AssertClean(result);
        string source = Assert.Single(result.Sources).Value;
        Assert.DoesNotContain("JsonConverter", source, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Text.Json", source, StringComparison.Ordinal);
        // 42P01 is the catalog's second code, so its enum value is 2: the number a plain enum is written as.
        Assert.Equal(
            "2|UndefinedTable|refused|True|42P01|relation 'users' does not exist|False",
            RunProbe(result));

        // The converter writes the vendor's code and reads the vendor name.
        GenerationResult withConverter = Generate(new[] { StringCoded(null) }, StringUser);
        AssertClean(withConverter);
        Assert.Equal(
            "\"42P01\"|UndefinedTable|undefined_table|True|42P01|relation 'users' does not exist|False",
            RunProbe(withConverter));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_the_converter_every_other_type_is_the_same_text_and_the_enum_loses_only_its_attribute(bool stringCoded)
    {
        string on = Assert.Single(GeneratorHarness.Generate(new[] { stringCoded ? StringCoded(null) : Numeric(null) }).Sources).Value;
        string off = Assert.Single(GeneratorHarness.Generate(new[] { stringCoded ? StringCoded() : Numeric() }).Sources).Value;

        Dictionary<string, string> withConverter = DeclaredTypes(on);
        Dictionary<string, string> without = DeclaredTypes(off);
        string domain = stringCoded ? "Postgres" : "MySql";
        string converter = domain + "ErrorCodeJsonConverter";
        Assert.Contains(converter, withConverter.Keys);
        Assert.Equal(withConverter.Keys.Where(name => name != converter), without.Keys);

        string enumName = domain + "ErrorCode";
        string attribute = "[global::System.Text.Json.Serialization.JsonConverter(typeof(global::Db.Client." + converter + "))]";
        string attributeLine = withConverter[enumName].Split('\n').Single(line => line.Contains(attribute, StringComparison.Ordinal)) + "\n";
        Assert.Equal(withConverter[enumName].Replace(attributeLine, string.Empty, StringComparison.Ordinal), without[enumName]);
        Assert.All(without.Where(type => type.Key != enumName), type => Assert.Equal(withConverter[type.Key], type.Value));
    }

    [Fact]
    public void A_project_type_named_like_the_converter_is_no_clash_when_the_converter_is_off()
    {
        const string user = """
            namespace Db.Client
            {
                /// <summary>The library's own converter, of the name the catalog would generate.</summary>
                public sealed class MySqlErrorCodeJsonConverter
                {
                }
            }
            """;
        GenerationResult withConverter = GeneratorHarness.Generate(new[] { Numeric(null) }, user);
        AssertDiagnostic(Single(withConverter, "EC1038"), "EC1038", DiagnosticSeverity.Error, "User.cs", (3, 24), (3, 51), "Db.Client.MySqlErrorCodeJsonConverter");

        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric() }, user);

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Empty(result.CompilerDiagnostics);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Db.Client.MySqlErrorCodes"));
        Assert.Equal(new[] { "User.cs" }, result.Compilation.GetTypeByMetadataName("Db.Client.MySqlErrorCodeJsonConverter")!.Locations.Select(l => l.GetLineSpan().Path));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("FALSE")]
    [InlineData(" False ")]
    public void False_is_read_trimmed_and_in_any_case(string value)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Null(result.Compilation.GetTypeByMetadataName("Db.Client.MySqlErrorCodeJsonConverter"));
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Db.Client.MySqlException"));
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
        Assert.Contains("public sealed class MySqlErrorCodeJsonConverter", absent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("0")]
    [InlineData("off")]
    [InlineData("falsey")]
    public void Another_value_is_EC1047_at_the_start_of_the_file_and_the_converter_is_generated(string value)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Diagnostic diagnostic = Single(result, "EC1047");
        AssertDiagnostic(diagnostic, "EC1047", DiagnosticSeverity.Warning, NumericPath, (0, 0), (0, 0));
        Assert.Equal(
            "The ErrorCodesJsonConverter metadata '" + value + "' of the catalog 'mysql-errors.csv' is neither 'true' nor 'false', so the catalog's JSON converter is generated where System.Text.Json is referenced; write ErrorCodesJsonConverter=\"false\" to generate none, or remove it",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Db.Client.MySqlErrorCodeJsonConverter"));
        Assert.Equal(
            Assert.Single(GeneratorHarness.Generate(new[] { Numeric(null) }).Sources).Value,
            Assert.Single(result.Sources).Value);
    }

    [Fact]
    public void A_long_value_with_line_breaks_is_shortened_to_one_line_in_EC1047()
    {
        string value = "nope\r\n#error x " + new string('x', 200) + "\u202E";
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric(value) });

        Diagnostic diagnostic = Single(result, "EC1047");
        AssertDiagnostic(diagnostic, "EC1047", DiagnosticSeverity.Warning, NumericPath, (0, 0), (0, 0));
        Assert.StartsWith("The ErrorCodesJsonConverter metadata 'nope\\r\\n#error x " + new string('x', 23) + "...' of the catalog 'mysql-errors.csv'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Db.Client.MySqlErrorCodeJsonConverter"));
    }

    [Fact]
    public void Both_settings_off_leave_the_enum_and_the_lookup_class()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Numeric() with { Exceptions = "false" } });

        Assert.True(result.GeneratorDiagnostics.IsEmpty, Describe(result.GeneratorDiagnostics));
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Equal(new[] { "MySqlErrorCode", "MySqlErrorCodes" }, DeclaredTypes(Assert.Single(result.Sources).Value).Keys);
    }

    [Fact]
    public void Changing_the_setting_re_emits_only_that_domain()
    {
        Catalog other = Catalog.Csv("/p/other.csv", "code,name", "1,A");
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Numeric(null), other }).RunGenerators(compilation);
        Assert.Contains("class MySqlErrorCodeJsonConverter", Source(driver, "MySql"), StringComparison.Ordinal);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor(new[] { Numeric("false"), other })).RunGenerators(compilation);

        Assert.DoesNotContain("JsonConverter", Source(driver, "MySql"), StringComparison.Ordinal);
        Assert.Contains("class OtherErrorCodeJsonConverter", Source(driver, "Other"), StringComparison.Ordinal);
        DomainModel changed = AssertOnlyThisDomainReEmitted(driver, NumericPath, domains: 2);
        Assert.False(changed.GeneratesJsonConverter);
    }
}
