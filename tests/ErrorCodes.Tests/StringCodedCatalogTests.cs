using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// String-coded catalogs (<c>ErrorCodesCodeType="string"</c>): the SQLSTATE seed catalog and small catalogs, generated,
/// compiled and executed: lookups by the vendor's string, the enum values' rule, aliases, the exception, JSON, and
/// codes that would break a literal.
/// </summary>
public class StringCodedCatalogTests
{
    private const string Probe = """
        using System.Collections.Generic;
        using System.Text.Json;
        using Seeds;

        internal static class Probe
        {
            public static string Serialize(PostgresSqlstateErrorCode code) => JsonSerializer.Serialize(code);

            public static PostgresSqlstateErrorCode Deserialize(string json) => JsonSerializer.Deserialize<PostgresSqlstateErrorCode>(json);

            public static string SerializeKeys(PostgresSqlstateErrorCode code) => JsonSerializer.Serialize(new Dictionary<PostgresSqlstateErrorCode, int> { [code] = 1 });

            public static PostgresSqlstateErrorCode DeserializeKey(string json)
            {
                foreach (var pair in JsonSerializer.Deserialize<Dictionary<PostgresSqlstateErrorCode, int>>(json)!)
                {
                    return pair.Key;
                }

                return default;
            }

            public static string Caught(string code)
            {
                try
                {
                    throw PostgresSqlstateException.FromCode(code, null);
                }
                catch (global::ErrorCodes.ErrorCodeException exception)
                {
                    return exception.CodeText + "|" + exception.IsNumericCode + "|" + exception.Code + "|" + exception.IsKnown + "|" + exception.ErrorName + "|" + exception.Category + "|" + exception.Severity + "|" + exception.Message;
                }
            }
        }
        """;

    private static readonly Lazy<Assembly> Sqlstate = new(() =>
        GeneratorHarness.CompileAndLoad(new[] { SeedCatalogs.Load("postgres-sqlstate.csv") }, Probe, SeedCatalogs.RootNamespace));

    private static GeneratedDomain Domain => GeneratedDomain.Find(Sqlstate.Value, SeedCatalogs.RootNamespace, "PostgresSqlstate");

    private static IReadOnlyList<SeedRow> Rows => SeedRow.Read(SeedCatalogs.PathOf("postgres-sqlstate.csv"));

    private static object? CallProbe(string method, params object?[] arguments)
        => Sqlstate.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture);

    [Fact]
    public void Every_SQLSTATE_round_trips_through_TryFromCode_and_GetCode()
    {
        GeneratedDomain domain = Domain;
        foreach (string code in Rows.Select(row => row.CodeText).Distinct())
        {
            Assert.True(domain.IsDefinedCode(code), code);
            Assert.True(domain.TryFromCode(code, out object value), code);
            Assert.Equal(code, domain.GetCode(value));
            Assert.True(domain.IsDefined(value));
        }

        Assert.Equal(262, domain.All.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("42p01")]
    [InlineData(" 42P01")]
    [InlineData("42P01 ")]
    [InlineData("42P0")]
    [InlineData("42P011")]
    [InlineData("4")]
    [InlineData("99999")]
    [InlineData("00001")]
    [InlineData("\u00004P01")]
    [InlineData("unique_violation")]
    public void Other_text_is_rejected(string? text)
    {
        GeneratedDomain domain = Domain;

        Assert.False(domain.IsDefinedCode(text));
        Assert.False(domain.TryFromCode(text, out object value));
        Assert.Equal(0, Convert.ToInt32(value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Values_number_the_codes_in_the_order_of_their_first_row_and_aliases_share_them()
    {
        GeneratedDomain domain = Domain;

        Assert.Equal(1, (int)domain.Member("SuccessfulCompletion"));
        Assert.Equal(2, (int)domain.Member("Warning"));
        Assert.Equal(3, (int)domain.Member("DynamicResultSetsReturned"));
        Assert.Equal("0100C", domain.GetCode(domain.Member("DynamicResultSetsReturned")));
        // 2202E is listed twice: the second row is an alias with the first row's value, which answers every lookup.
        object first = domain.Member("ArrayElementError");
        object alias = domain.Member("ArraySubscriptError");
        Assert.Equal((int)first, (int)alias);
        Assert.Equal("2202E", domain.GetCode(alias));
        Assert.Equal("ArrayElementError", domain.GetMemberName(alias));
        Assert.Equal(Rows.Select(row => row.Code).Distinct(), domain.All.Select(v => (int)v));
        Assert.Equal("", domain.GetCode(domain.Value(0)));
        Assert.Equal("", domain.GetCode(domain.Value(263)));
    }

    [Fact]
    public void The_enum_carries_its_codes_in_value_order_for_the_analyzer()
    {
        var attribute = Domain.EnumType.GetCustomAttribute<ErrorCodeDomainAttribute>()!;

        Assert.Equal("PostgresSqlstate", attribute.Domain);
        Assert.Equal(string.Join("\n", Rows.Select(row => row.CodeText).Distinct()), attribute.Codes);
    }

    [Fact]
    public void Numeric_catalogs_carry_no_codes_on_their_enum()
    {
        GeneratedDomain stage = SeedCatalogs.Generated("stage.csv");

        Assert.Null(stage.EnumType.GetCustomAttribute<ErrorCodeDomainAttribute>()!.Codes);
    }

    [Fact]
    public void Lookups_by_value_answer_as_for_numeric_catalogs()
    {
        GeneratedDomain domain = Domain;
        Assert.True(domain.TryFromCode("23505", out object unique));

        Assert.Equal("unique_violation", domain.GetName(unique));
        Assert.Equal("UniqueViolation", domain.GetMemberName(unique));
        Assert.Equal("unique_violation", domain.GetMessage(unique));
        Assert.Equal("Class 23 - Integrity Constraint Violation", domain.GetCategory(unique));
        Assert.Equal(ErrorSeverity.Error, domain.GetSeverity(unique));
        Assert.Null(domain.GetHttpStatus(unique));
        Assert.False(domain.IsRetryable(unique));
        Assert.Equal(ErrorSeverity.Info, domain.GetSeverity(domain.Member("SuccessfulCompletion")));
        object?[] arguments = { "unique_violation", null };
        Assert.True((bool)domain.CodesType.GetMethod("TryFromName")!.Invoke(null, arguments)!);
        Assert.Equal(unique, arguments[1]);
    }

    [Fact]
    public void Exceptions_carry_the_vendors_code_and_one_catch_of_the_base_covers_them()
    {
        Assert.True(Domain.TryFromCode("40P01", out object deadlock));

        Assert.Equal(
            "40P01|False|" + (int)deadlock + "|True|deadlock_detected|Class 40 - Transaction Rollback|Error|deadlock_detected",
            CallProbe("Caught", "40P01"));
    }

    [Fact]
    public void An_unknown_server_code_keeps_its_text()
    {
        ErrorCodeException exception = Domain.FromCode("ZZ999", "server said no");

        Assert.Equal("ZZ999", exception.CodeText);
        Assert.False(exception.IsKnown);
        Assert.False(exception.IsNumericCode);
        Assert.Equal(0, exception.Code);
        Assert.Equal("server said no", exception.Message);
        Assert.Equal(
            "42p01|False|0|False|0|||The PostgresSqlstate catalog does not define the error code '42p01'.",
            CallProbe("Caught", "42p01"));
    }

    [Fact]
    public void Only_the_code_text_is_marked_not_the_int_code()
    {
        Type exception = Domain.ExceptionType;

        Assert.NotNull(exception.GetProperty("CodeText")!.GetCustomAttribute<ErrorCodeAttribute>());
        Assert.Null(exception.GetProperty("Code")!.GetCustomAttribute<ErrorCodeAttribute>());
        MethodInfo fromCode = exception.GetMethod("FromCode", new[] { typeof(string), typeof(string) })!;
        Assert.NotNull(fromCode.GetParameters()[0].GetCustomAttribute<ErrorCodeAttribute>());
        Assert.NotNull(Domain.CodesType.GetMethod("IsDefined", new[] { typeof(string) })!.GetParameters()[0].GetCustomAttribute<ErrorCodeAttribute>());
    }

    [Fact]
    public void JSON_writes_the_code_string_and_reads_it_back()
    {
        Assert.True(Domain.TryFromCode("42P01", out object table));

        Assert.Equal("\"42P01\"", CallProbe("Serialize", table));
        Assert.Equal(table, CallProbe("Deserialize", "\"42P01\""));
        Assert.Equal(table, CallProbe("Deserialize", "\"UndefinedTable\""));
        Assert.Equal(table, CallProbe("Deserialize", ((int)table).ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("{\"42P01\":1}", CallProbe("SerializeKeys", table));
        Assert.Equal(table, CallProbe("DeserializeKey", "{\"42P01\":1}"));
        // An undefined value is written as its number, as numeric catalogs write an unknown code.
        Assert.Equal("999", CallProbe("Serialize", Domain.Value(999)));
    }

    [Theory]
    [InlineData("\"99999\"")]
    [InlineData("\"42p01\"")]
    [InlineData("\"00003\"")]
    public void JSON_rejects_text_that_is_no_code_name_or_member(string json)
    {
        Assert.Throws<JsonException>(() => CallProbe("Deserialize", json));
    }

    [Fact]
    public void Codes_that_would_break_a_literal_round_trip()
    {
        Assembly assembly = GeneratorHarness.CompileAndLoad(new[] { ConsumerCompileTests.HostileStringCatalog });
        GeneratedDomain domain = GeneratedDomain.Find(assembly, GeneratorHarness.DefaultRootNamespace, "HostileStrings");
        string[] codes = { "say \"hi\" \\", "*/ </summary> #error x", "名前", "\u202Eko\u2028\U0001F600", "{0}", "card-declined", "card_declined" };

        for (int i = 0; i < codes.Length; i++)
        {
            Assert.True(domain.TryFromCode(codes[i], out object value), codes[i]);
            Assert.Equal(i + 1, (int)value);
            Assert.Equal(codes[i], domain.GetCode(value));
        }

        Assert.Equal((int)domain.Member("Unicode"), (int)domain.Member("UnicodeAlias"));
        Assert.Equal("say \"hi\" \\ quoted", domain.Create("Quote", "say \"hi\" \\").Message);
        Assert.Equal("say \"hi\" \\", domain.Create("Quote", "x").CodeText);
        Assert.Equal("https://x.example/card-declined", domain.GetHelpUrl(domain.Member("Dashed")));
        Assert.Equal("https://x.example/%7B0%7D", domain.GetHelpUrl(domain.Member("Braces")));
        Assert.Equal(string.Join("\n", codes), domain.EnumType.GetCustomAttribute<ErrorCodeDomainAttribute>()!.Codes);
    }

    [Fact]
    public void A_name_taken_by_another_code_gets_the_code_as_a_safe_suffix()
    {
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv("/p/pay.csv", "code,name", "card-declined,DECLINED", "card.declined,DECLINED", "x y,DECLINED") with { CodeType = "string" },
        });

        Dictionary<string, int> members = result.EnumMembers("TestApp.PayErrorCode");
        Assert.Equal(new Dictionary<string, int> { ["Declined"] = 1, ["Declined_card_declined"] = 2, ["Declined_x_y"] = 3 }, members);
        Diagnostic collision = result.GeneratorDiagnostics.First(d => d.Id == "EC1006");
        Assert.Contains("'Declined_card_declined'", collision.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("code card-declined", collision.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Fixing_a_row_with_a_bad_name_does_not_renumber_the_codes_after_it()
    {
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv("/p/pay.csv", "code,name", "a,A", "b,", "c,C") with { CodeType = "string" },
        });

        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "EC1007");
        INamedTypeSymbol type = result.Compilation.GetTypeByMetadataName("TestApp.PayErrorCode")!;
        Assert.Equal(3, type.GetMembers("C").OfType<IFieldSymbol>().Single().ConstantValue);
    }

    [Fact]
    public void A_dropped_rows_code_is_not_defined_and_the_good_rows_keep_theirs()
    {
        // Each dropped row is reported at its cell, as in a numeric catalog; its code is then as unknown as in one.
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv(
                "/p/pay.csv",
                "code,name,member",
                "a,A,",
                "b,,",
                "c,C,",
                "d,D,1bad",
                "e,E,") with { CodeType = "string" },
        });
        Assert.Equal(new[] { "EC1007", "EC1013" }, result.GeneratorDiagnostics.Select(d => d.Id).ToArray());
        GeneratorProbe.AssertDiagnostic(result.GeneratorDiagnostics[0], "EC1007", DiagnosticSeverity.Error, "/p/pay.csv", (2, 2), (2, 2), "code b");
        GeneratorProbe.AssertDiagnostic(result.GeneratorDiagnostics[1], "EC1013", DiagnosticSeverity.Error, "/p/pay.csv", (4, 4), (4, 8), "'1bad'");
        // The catalog's errors are checked above; what is left must compile and run like any generated code.
        Assembly assembly = (result with { GeneratorDiagnostics = ImmutableArray<Diagnostic>.Empty }).Load();
        GeneratedDomain domain = GeneratedDomain.Find(assembly, GeneratorHarness.DefaultRootNamespace, "Pay");

        foreach (string dropped in new[] { "b", "d" })
        {
            Assert.False(domain.IsDefinedCode(dropped), dropped);
            Assert.False(domain.TryFromCode(dropped, out object value), dropped);
            Assert.Equal(0, (int)value);
            Assert.False(domain.FromCode(dropped, null).IsKnown);
        }

        Assert.Equal(new[] { "a", "c", "e" }, domain.All.Select(domain.GetCode).ToArray());
        foreach ((string code, int value) in new[] { ("a", 1), ("c", 3), ("e", 5) })
        {
            Assert.True(domain.TryFromCode(code, out object found), code);
            Assert.Equal(value, (int)found);
            Assert.Equal(code, domain.GetCode(found));
        }

        Assert.Equal("", domain.GetCode(domain.Value(2)));
        Assert.False(domain.IsDefined(domain.Value(2)));
    }

    [Fact]
    public void The_slots_filled_at_first_use_are_the_generators_table_and_find_every_code()
    {
        // Codes of odd and even lengths, a dropped row (a gap in the values) and enough buckets to need displacements
        // above one: the generated code fills its slots from the codes, and they must be exactly the model's.
        string[] codes = Enumerable.Range(0, 3000).Select(i => "C" + i.ToString("X", CultureInfo.InvariantCulture) + new string('x', i % 5)).ToArray();
        IEnumerable<string> rows = codes.Select((code, i) => code + ",N" + i.ToString(CultureInfo.InvariantCulture) + "," + (i == 1234 ? "1bad" : ""));
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv("/p/big.csv", new[] { "code,name,member" }.Concat(rows).ToArray()) with { CodeType = "string" },
        });
        Assert.Equal(new[] { "EC1013" }, result.GeneratorDiagnostics.Select(d => d.Id).ToArray());
        Assembly assembly = (result with { GeneratorDiagnostics = ImmutableArray<Diagnostic>.Empty }).Load();
        GeneratedDomain domain = GeneratedDomain.Find(assembly, GeneratorHarness.DefaultRootNamespace, "Big");

        string[] withGap = codes.Select((code, i) => i == 1234 ? "" : code).ToArray();
        StringCodeTable table = StringCodeTable.Build(withGap);
        Assert.Contains(table.Displacements, displacement => displacement > 1);
        var slots = (int[])domain.CodesType.GetField("s_codeSlots", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(table.Slots.ToArray(), slots);

        for (int i = 0; i < codes.Length; i++)
        {
            Assert.Equal(i != 1234, domain.TryFromCode(codes[i], out object value));
            Assert.Equal(i == 1234 ? 0 : i + 1, (int)value);
            Assert.False(domain.IsDefinedCode(codes[i] + "x"), codes[i] + "x");
        }
    }

    [Fact]
    public void A_later_row_of_a_dropped_rows_code_defines_it_with_that_value()
    {
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv("/p/pay.csv", "code,name", "a,A", "b,", "c,C", "b,B_AGAIN") with { CodeType = "string" },
        });
        Assert.Equal(new[] { "EC1007" }, result.GeneratorDiagnostics.Select(d => d.Id).ToArray());
        Assembly assembly = (result with { GeneratorDiagnostics = ImmutableArray<Diagnostic>.Empty }).Load();
        GeneratedDomain domain = GeneratedDomain.Find(assembly, GeneratorHarness.DefaultRootNamespace, "Pay");

        Assert.True(domain.TryFromCode("b", out object value));
        Assert.Equal(2, (int)value);
        Assert.Equal("BAgain", domain.GetMemberName(value));
        Assert.Equal("b", domain.GetCode(domain.Member("BAgain")));
    }

    [Fact]
    public void Problem_details_carry_the_code_string()
    {
        const string problemProbe = """
            internal static class ProblemProbe
            {
                public static string Problem(string code)
                    => System.Text.Json.JsonSerializer.Serialize(TestApp.PayException.FromCode(code, null).ToProblemDetails());
            }
            """;
        var compilation = GeneratorHarness.CreateCompilation(
            problemProbe,
            GeneratorHarness.NetReferences.AddRange(ProblemDetailsTests.AspNetReferences).Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath)));
        Catalog pay = Catalog.Csv("/p/pay.csv", "code,name,message,http_status", "card_declined,CARD_DECLINED,The card was declined,402") with { CodeType = "string" };
        var driver = GeneratorHarness.CreateDriver(new[] { pay }).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);
        Assembly assembly = new GenerationResult(driver, output, diagnostics).Load();
        MethodInfo problem = assembly.GetType("ProblemProbe")!.GetMethod("Problem")!;

        using JsonDocument known = JsonDocument.Parse((string)problem.Invoke(null, new object[] { "card_declined" })!);
        Assert.Equal(402, known.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("CARD_DECLINED", known.RootElement.GetProperty("title").GetString());
        Assert.Equal("card_declined", known.RootElement.GetProperty("code").GetString());
        Assert.True(known.RootElement.GetProperty("known").GetBoolean());
        using JsonDocument unknown = JsonDocument.Parse((string)problem.Invoke(null, new object[] { "expired_card" })!);
        Assert.Equal("expired_card", unknown.RootElement.GetProperty("code").GetString());
        Assert.False(unknown.RootElement.GetProperty("known").GetBoolean());
    }

    [Fact]
    public void Code_type_int_is_the_default_and_written_int_is_the_same()
    {
        Catalog numeric = Catalog.Csv("/p/n.csv", "code,name", "7,SEVEN");

        string implicitInt = GeneratorHarness.Generate(new[] { numeric }).Sources.Values.Single();
        string explicitInt = GeneratorHarness.Generate(new[] { numeric with { CodeType = " Int " } }).Sources.Values.Single();

        Assert.Equal(implicitInt, explicitInt);
    }

    [Fact]
    public void The_string_lookup_matches_the_model_table()
    {
        string[] codes = Rows.Select(row => row.CodeText).Distinct().ToArray();
        StringCodeTable table = StringCodeTable.Build(codes);
        GeneratedDomain domain = Domain;

        foreach (string probe in codes.Concat(new[] { "", "x", "42P0", "ZZZZZ", "23505 " }))
        {
            domain.TryFromCode(probe, out object value);
            Assert.Equal(table.Find(codes, probe), (int)value);
        }
    }
}
