using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The analyzer on the generator's output for string-coded catalogs (<see cref="AnalyzerVerifier.StringCodedCatalogs"/>):
/// Sqlstate defines "00000", "23505", "42P01", "2202E" (with an alias) and "P0001"; Cloud defines "Throttling", "23505"
/// and "card_declined". Every position where a string code is expected, reported and silent, with exact spans (the
/// literal with its quotes).
/// </summary>
public class StringCodeAnalyzerTests
{
    private static string Code(string members) => AnalyzerVerifier.UserClass(members);

    [Fact]
    public async Task Arguments_of_the_generated_lookups_and_FromCode()
    {
        // Known codes in the catalog's own lookups are left as written: no EC2002 there.
        await AnalyzerVerifier.VerifyStringAsync(Code("""
                private const string Missing = "42X99";
                private const string Known = "23505";

                public object[] M(out SqlstateErrorCode code) => new object[]
                {
                    SqlstateErrorCodes.IsDefined({|EC2001:"42X01"|}),
                    SqlstateErrorCodes.IsDefined(({|EC2001:"99999"|})),
                    SqlstateErrorCodes.TryFromCode({|EC2001:"42X01"|}, out code),
                    SqlstateErrorCodes.TryFromCode(errorCode: out code, code: {|EC2001:Missing|}),
                    SqlstateException.FromCode({|EC2001:"22P0X"|}, null),
                    SqlstateException.FromCode({|EC2001:""|}, "text", null),
                    SqlstateErrorCodes.IsDefined("23505"),
                    SqlstateErrorCodes.IsDefined(Known),
                    SqlstateErrorCodes.TryFromCode("2202E", out code),
                    SqlstateException.FromCode("42P01", null),
                    SqlstateErrorCodes.IsDefined({|EC2001:"42X" + "01"|}),
                    CloudErrorCodes.IsDefined({|EC2001:"42X01"|}),
                };
        """));
    }

    [Fact]
    public async Task Arguments_of_user_members_marked_with_a_string_coded_catalog()
    {
        await AnalyzerVerifier.VerifyStringAsync(Code("""
                public static bool Is(SqlstateException ex, [ErrorCode(typeof(SqlstateErrorCode))] string code) => ex.CodeText == code;

                public object[] M(SqlstateException ex) => new object[]
                {
                    Is(ex, {|EC2001:"42X01"|}),
                    Is(ex, {|EC2002:"23505"|}),
                    Is(ex, ({|EC2002:"42P01"|})),
                    Is(ex, code: {|EC2002:"2202E"|}),
                };
        """));
    }

    /// <summary>Sqlstate without its generated exceptions (<c>ErrorCodesExceptions="false"</c>).</summary>
    private static readonly IReadOnlyList<Catalog> SqlstateWithoutExceptions = new[]
    {
        AnalyzerVerifier.StringCodedCatalogs[0] with { Exceptions = "false" },
    };

    [Fact]
    public async Task Marked_parameters_of_the_projects_own_exception_of_the_generated_name_are_value_positions()
    {
        // With ErrorCodesExceptions="false" the project may declare SqlstateException itself; its marked parameters
        // are the project's, so a known code there is suggested as the member, as anywhere else.
        await AnalyzerVerifier.VerifyAsync("""
            using System;
            using ErrorCodes;

            namespace TestApp
            {
                public sealed class SqlstateException : Exception
                {
                    public SqlstateException([ErrorCode(typeof(SqlstateErrorCode))] string code) : base(code) { }

                    public static bool Is([ErrorCode(typeof(SqlstateErrorCode))] string code) => code.Length > 0;
                }

                public static class User
                {
                    public static object[] M() => new object[]
                    {
                        new SqlstateException({|EC2002:"23505"|}),
                        new SqlstateException({|EC2001:"42X01"|}),
                        SqlstateException.Is({|EC2002:"42P01"|}),
                        SqlstateErrorCodes.IsDefined("23505"),
                    };
                }
            }
            """, SqlstateWithoutExceptions);
    }

    [Fact]
    public async Task Marked_parameters_of_the_projects_own_part_of_the_generated_exception_are_value_positions()
    {
        await AnalyzerVerifier.VerifyStringAsync("""
            using ErrorCodes;

            namespace TestApp
            {
                public partial class SqlstateException
                {
                    public static bool Is(SqlstateException ex, [ErrorCode(typeof(SqlstateErrorCode))] string code) => ex.CodeText == code;
                }

                public static class User
                {
                    public static object[] M(SqlstateException ex) => new object[]
                    {
                        SqlstateException.Is(ex, {|EC2002:"23505"|}),
                        SqlstateException.FromCode("23505", null),
                    };
                }
            }
            """);
    }

    [Fact]
    public async Task A_code_of_another_string_coded_catalog_is_EC2003()
    {
        await AnalyzerVerifier.VerifyStringAsync(Code("""
                public object[] M(SqlstateException ex) => new object[]
                {
                    SqlstateErrorCodes.IsDefined({|EC2003:"Throttling"|}),
                    ex.CodeText == {|EC2003:"card_declined"|},
                    CloudErrorCodes.IsDefined("23505"),
                    CloudErrorCodes.IsDefined({|EC2003:"P0001"|}),
                };
        """));
    }

    [Fact]
    public async Task Comparisons_and_patterns_on_the_exceptions_CodeText()
    {
        // == and != are value positions (EC2002); patterns and case labels take only constants (no EC2002).
        await AnalyzerVerifier.VerifyStringAsync(Code("""
                public int M(SqlstateException ex, object o)
                {
                    int n = 0;
                    if (ex.CodeText == {|EC2001:"42X01"|}) n++;
                    if ({|EC2001:"42X01"|} == ex.CodeText) n++;
                    if (ex.CodeText != {|EC2002:"23505"|}) n++;
                    if ({|EC2002:"23505"|} == (o as SqlstateException)?.CodeText) n++;
                    if (ex.CodeText is {|EC2001:"42X01"|}) n++;
                    if (ex.CodeText is not {|EC2001:"42X01"|}) n++;
                    if (ex.CodeText is "23505" or {|EC2001:"23506"|}) n++;
                    if (ex is { CodeText: {|EC2001:"42X01"|} }) n++;
                    if (ex is { CodeText: "42P01" }) n++;
                    if (o is SqlstateException { CodeText: not {|EC2001:"4_P01"|} }) n++;
                    switch (ex.CodeText)
                    {
                        case {|EC2001:"42X01"|}:
                            n++;
                            break;
                        case "23505":
                        case "P0001" when n > 1:
                        case {|EC2003:"Throttling"|}:
                            n--;
                            break;
                    }

                    n += ex.CodeText switch
                    {
                        {|EC2001:"42X01"|} => 1,
                        "23505" => 2,
                        _ => 0,
                    };
                    return n;
                }
        """));
    }

    [Fact]
    public async Task Assignments_initializers_defaults_and_returns_of_marked_members()
    {
        await AnalyzerVerifier.VerifyStringAsync(Code("""
                [ErrorCode(typeof(SqlstateErrorCode))]
                public const string ConstKnown = "23505";

                [ErrorCode(typeof(SqlstateErrorCode))]
                public const string ConstMissing = {|EC2001:"42X01"|};

                [ErrorCode(typeof(SqlstateErrorCode))]
                public string? Expected { get; set; } = {|EC2002:"23505"|};

                [ErrorCode(typeof(SqlstateErrorCode))]
                public string? Other = {|EC2001:"42X01"|};

                public void Set(bool flag)
                {
                    Expected = {|EC2001:"42X01"|};
                    Expected = {|EC2002:"42P01"|};
                    Expected ??= {|EC2002:"P0001"|};
                    Expected = flag ? {|EC2002:"23505"|} : {|EC2001:"42X01"|};
                    Expected = Other ?? {|EC2001:"42X01"|};
                    Expected = flag switch { true => {|EC2001:"42X01"|}, false => {|EC2002:"00000"|} };
                    var user = new User { Expected = {|EC2001:"42X01"|} };
                }

                public static bool Take([ErrorCode(typeof(SqlstateErrorCode))] string code = "23505") => code.Length > 0;

                public static bool TakeMissing([ErrorCode(typeof(SqlstateErrorCode))] string code = {|EC2001:"42X01"|}) => code.Length > 0;

                [return: ErrorCode(typeof(SqlstateErrorCode))]
                public static string Returned(bool flag)
                {
                    if (flag)
                    {
                        return {|EC2001:"42X01"|};
                    }

                    return {|EC2002:"23505"|};
                }

                [return: ErrorCode(typeof(SqlstateErrorCode))]
                public static string Bodied() => {|EC2001:"42X01"|};

                [ErrorCode(typeof(SqlstateErrorCode))]
                public static string Property => {|EC2002:"42P01"|};
        """));
    }

    [Fact]
    public async Task Text_that_merely_looks_like_a_code_is_never_flagged()
    {
        await AnalyzerVerifier.VerifyStringAsync(Code("""
                public object?[] M(SqlstateException ex, ErrorCodeException any, string received, LiveStationException live, out SqlstateErrorCode code) => new object?[]
                {
                    string.Format("{0} 42X01", received),
                    Console.Out.Equals("42X01"),
                    $"42X01 {received}",
                    SqlstateErrorCodes.IsDefined($"42X01"),
                    SqlstateErrorCodes.TryFromName("42X01", out code),
                    SqlstateErrorCodes.IsDefined(nameof(received)),
                    SqlstateErrorCodes.IsDefined(null),
                    SqlstateErrorCodes.IsDefined(default(string)),
                    SqlstateErrorCodes.IsDefined(received),
                    SqlstateErrorCodes.IsDefined(received + "1"),
                    any.CodeText == "42X01",
                    any is { CodeText: "42X01" },
                    live.CodeText == "250999",
                    ex.Code == 999,
                    ex.Code is 12345,
                    (SqlstateErrorCode)999,
                    (SqlstateErrorCode)2,
                    (SqlstateErrorCode?)(-1),
                    ex.ErrorCode == (SqlstateErrorCode)77,
                    ex.Message == "42X01",
                    "42X01" == received,
                };
        """));
    }

    [Fact]
    public async Task A_string_against_a_numeric_catalog_is_never_flagged()
    {
        await AnalyzerVerifier.VerifyStringAsync(Code("""
                [ErrorCode(typeof(LiveStationErrorCode))]
                public int Expected { get; set; }

                public object[] M(LiveStationException ex) => new object[]
                {
                    ex.CodeText == "250100",
                    ex.CodeText == "250999",
                    ex.Message == "250999",
                    LiveStationErrorCodes.IsDefined({|EC2001:250999|}),
                };
        """));
    }

    [Fact]
    public async Task Code_in_generated_files_is_not_analyzed()
    {
        var test = AnalyzerVerifier.CreateTest(Code("public bool M() => SqlstateErrorCodes.IsDefined({|EC2001:\"42X01\"|});"), AnalyzerVerifier.NumericAndStringCoded);
        test.TestState.Sources.Add(("/p/Other.g.cs", """
            namespace TestApp
            {
                public static class Generated
                {
                    public static bool M() => SqlstateErrorCodes.IsDefined("42X01");
                }
            }
            """));
        test.TestState.Sources.Add(("/p/Marked.cs", """
            namespace TestApp
            {
                [System.CodeDom.Compiler.GeneratedCode("tool", "1")]
                public static class Marked
                {
                    public static bool M() => SqlstateErrorCodes.IsDefined("42X01");
                }
            }
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EC2001_quotes_and_escapes_the_code_and_suggests_nothing_when_no_code_is_near()
    {
        await AnalyzerVerifier.VerifyStringAsync(
            Code("""
                public object[] M() => new object[]
                {
                    SqlstateErrorCodes.IsDefined({|#0:"42X\"01\n"|}),
                    SqlstateErrorCodes.IsDefined({|#1:"ZZZZZ"|}),
                };
            """),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(0)
                .WithMessage("\"42X\\\"01\\n\" is not a defined Sqlstate error code; no defined code is one typo away; check the code, or add its row to the catalog"),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(1)
                .WithMessage("\"ZZZZZ\" is not a defined Sqlstate error code; no defined code is one typo away; check the code, or add its row to the catalog"));
    }

    [Fact]
    public async Task EC2001_suggests_a_code_that_differs_in_case_in_spaces_or_by_one_typo()
    {
        await AnalyzerVerifier.VerifyStringAsync(
            Code("""
                public object[] M() => new object[]
                {
                    SqlstateErrorCodes.IsDefined({|#0:"42p01"|}),
                    SqlstateErrorCodes.IsDefined({|#1:" 23505 "|}),
                    SqlstateErrorCodes.IsDefined({|#2:"23055"|}),
                    SqlstateErrorCodes.IsDefined({|#3:"2350"|}),
                    SqlstateErrorCodes.IsDefined({|#4:"00001"|}),
                    SqlstateErrorCodes.IsDefined({|#5:"P00001"|}),
                };
            """),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(0)
                .WithMessage("\"42p01\" is not a defined Sqlstate error code; codes are case-sensitive; did you mean \"42P01\" (UndefinedTable)?"),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(1)
                .WithMessage("\" 23505 \" is not a defined Sqlstate error code; codes are not trimmed; did you mean \"23505\" (UniqueViolation)?"),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(2)
                .WithMessage("\"23055\" is not a defined Sqlstate error code; did you mean \"23505\" (UniqueViolation)?"),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(3)
                .WithMessage("\"2350\" is not a defined Sqlstate error code; did you mean \"23505\" (UniqueViolation)?"),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(4)
                .WithMessage("\"00001\" is not a defined Sqlstate error code; did you mean \"00000\" (SuccessfulCompletion) or \"P0001\" (RaiseException)?"),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(5)
                .WithMessage("\"P00001\" is not a defined Sqlstate error code; did you mean \"P0001\" (RaiseException)?"));
    }

    [Fact]
    public async Task EC2002_and_EC2003_messages_on_string_codes()
    {
        await AnalyzerVerifier.VerifyStringAsync(
            Code("""
                public object[] M(SqlstateException ex) => new object[]
                {
                    ex.CodeText == {|#0:"2202E"|},
                    ex.CodeText == {|#1:"Throttling"|},
                };
            """),
            AnalyzerVerifier.Diagnostic("EC2002").WithLocation(0).WithLocation(0)
                .WithMessage("\"2202E\" is SqlstateErrorCode.ArraySubscriptError; write SqlstateErrorCode.ArraySubscriptError.GetCode() instead of the text"),
            AnalyzerVerifier.Diagnostic("EC2003").WithLocation(1)
                .WithMessage("\"Throttling\" (CloudErrorCode.Throttling) is a Cloud error code, not a Sqlstate error code; use a code of the Sqlstate catalog here"));
    }

    [Fact]
    public async Task The_code_of_a_row_dropped_for_an_error_is_not_defined()
    {
        // "b" has no name (EC1007): the generated code has no member for it, and to the analyzer, as to IsDefined,
        // it is as unknown as a code never written; nor is it suggested for a near miss.
        GenerationResult generated = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv("/p/pay.csv", "code,name", "a,A", "b,", "c,C") with { CodeType = "string" },
        });
        Assert.Equal(new[] { "EC1007" }, generated.GeneratorDiagnostics.Select(d => d.Id).ToArray());
        var test = AnalyzerVerifier.CreateTest(
            Code("""
                public object[] M(PayException ex) => new object[]
                {
                    PayErrorCodes.IsDefined({|#0:"b"|}),
                    ex.CodeText == {|#1:"B"|},
                    PayErrorCodes.IsDefined("a"),
                    ex.CodeText == {|EC2002:"c"|},
                };
            """),
            System.Array.Empty<Catalog>());
        foreach (KeyValuePair<string, string> source in generated.Sources)
        {
            test.TestState.Sources.Add(("/generated/" + source.Key, source.Value));
        }

        test.ExpectedDiagnostics.Add(AnalyzerVerifier.Diagnostic("EC2001").WithLocation(0)
            .WithMessage("\"b\" is not a defined Pay error code; did you mean \"a\" (A) or \"c\" (C)?"));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier.Diagnostic("EC2001").WithLocation(1)
            .WithMessage("\"B\" is not a defined Pay error code; did you mean \"a\" (A) or \"c\" (C)?"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Learns_a_string_coded_catalog_of_a_referenced_library()
    {
        // The catalogs' generated code compiled into a library; the application references its assembly only.
        MetadataReference library = await CompileLibraryAsync(AnalyzerVerifier.Generate(AnalyzerVerifier.StringCodedCatalogs).Select(generated => generated.Source));

        var test = AnalyzerVerifier.CreateTest(
            """
            namespace App
            {
                public static class User
                {
                    public static object[] M(TestApp.SqlstateException ex, ErrorCodes.ErrorCodeException any) => new object[]
                    {
                        TestApp.SqlstateErrorCodes.IsDefined({|EC2001:"42X01"|}),
                        TestApp.SqlstateErrorCodes.IsDefined("23505"),
                        ex.CodeText == {|EC2002:"42P01"|},
                        ex.CodeText is {|EC2001:"42X01"|},
                        any.CodeText == "42X01",
                        ex.Code == 999,
                        (TestApp.SqlstateErrorCode)999,
                    };
                }
            }
            """,
            catalogs: System.Array.Empty<Catalog>());
        test.TestState.AdditionalReferences.Add(library);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_referenced_librarys_own_exception_of_the_generated_name_takes_suggestions()
    {
        // The library was built with ErrorCodesExceptions="false" and declares SqlstateException itself: without
        // the generator's [GeneratedCode] on it, its marked constructor is a value position in the application.
        const string ownException = """
            namespace TestApp
            {
                public sealed class SqlstateException : System.Exception
                {
                    public SqlstateException([ErrorCodes.ErrorCode(typeof(SqlstateErrorCode))] string code) : base(code) { }
                }
            }
            """;
        MetadataReference library = await CompileLibraryAsync(AnalyzerVerifier.Generate(SqlstateWithoutExceptions).Select(generated => generated.Source).Append(ownException));

        var test = AnalyzerVerifier.CreateTest(
            """
            namespace App
            {
                public static class User
                {
                    public static object[] M() => new object[]
                    {
                        new TestApp.SqlstateException({|EC2002:"23505"|}),
                        new TestApp.SqlstateException({|EC2001:"42X01"|}),
                        TestApp.SqlstateErrorCodes.IsDefined("23505"),
                    };
                }
            }
            """,
            catalogs: System.Array.Empty<Catalog>());
        test.TestState.AdditionalReferences.Add(library);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>A library of <paramref name="sources"/> compiled against the runtime library, as an application references it.</summary>
    private static async Task<MetadataReference> CompileLibraryAsync(IEnumerable<string> sources)
    {
        ImmutableArray<MetadataReference> references = await AnalyzerVerifier.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        CSharpCompilation library = CSharpCompilation.Create(
            "Vendor",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            references.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = library.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
