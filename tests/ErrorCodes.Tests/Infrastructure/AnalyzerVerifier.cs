using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodes.CodeFixes;
using ErrorCodes.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>
/// <see cref="ErrorCodeAnalyzer"/> and <see cref="CodeAsNumberCodeFix"/> under Microsoft.CodeAnalysis.Testing.
/// Expected diagnostics are written in the source with the standard markup, <c>{|EC2001:250999|}</c> (ID and exact
/// span), or <c>{|#0:250999|}</c> with a <see cref="DiagnosticResult"/> where the message matters.
/// The catalogs' generated code is added to the test project as ordinary sources: the real generator produces it once
/// per set of catalogs, so every test sees exactly what a build would compile, without re-running the generator on
/// every test and fix iteration, and without the harness comparing the generator's output (the snapshots do that).
/// </summary>
public static class AnalyzerVerifier
{
    /// <summary>A file of user code in namespace TestApp: <paramref name="members"/> inside <c>public class User</c>.</summary>
    public static string UserClass(string members) => """
        using System;
        using ErrorCodes;

        namespace TestApp
        {
            public class User
            {
        """ + "\n" + members + "\n" + """
            }
        }
        """;

    /// <summary>
    /// Two small catalogs in namespace TestApp. 1001 is defined by both; 2003 only by Chat; -102 is a negative code;
    /// 250100 and 250101 are aliases of one code.
    /// </summary>
    public static readonly IReadOnlyList<Catalog> Catalogs = new[]
    {
        Catalog.Csv(
            "/p/live-station.csv",
            "code,name,member,duplicate",
            "250000,EXCEPTION,,",
            "250002,INVALID_FORMAT,,",
            "250100,CHANNEL_NOT_FOUND,,",
            "250100,CHANNEL_MISSING,,true",
            "250321,,Code250321,",
            "255000,TOO_LATE,,",
            "-102,SERVER_ERROR,,",
            "1001,SHARED,,"),
        Catalog.Csv(
            "/p/chat.csv",
            "code,name",
            "1001,PARAMS_BINDING_ERROR",
            "2003,CHANNEL_NOT_FOUND"),
    };

    /// <summary>
    /// Two small string-coded catalogs in namespace TestApp. Sqlstate defines "00000" SuccessfulCompletion, "23505"
    /// UniqueViolation, "42P01" UndefinedTable, "2202E" ArraySubscriptError (with the alias ArrayElementError) and
    /// "P0001" RaiseException, valued 1 to 5 in that order; Cloud defines "Throttling" Throttling, "23505" Duplicate
    /// (which Sqlstate defines too) and "card_declined" CardDeclined.
    /// </summary>
    public static readonly IReadOnlyList<Catalog> StringCodedCatalogs = new[]
    {
        Catalog.Csv(
            "/p/sqlstate.csv",
            "code,name,duplicate",
            "00000,successful_completion,",
            "23505,unique_violation,",
            "42P01,undefined_table,",
            "2202E,array_subscript_error,",
            "2202E,array_element_error,true",
            "P0001,raise_exception,") with { CodeType = "string" },
        Catalog.Csv(
            "/p/cloud.csv",
            "code,name",
            "Throttling,Throttling",
            "23505,DUPLICATE",
            "card_declined,card_declined") with { CodeType = "string" },
    };

    /// <summary><see cref="Catalogs"/> and <see cref="StringCodedCatalogs"/> in one project.</summary>
    public static readonly IReadOnlyList<Catalog> NumericAndStringCoded = Catalogs.Concat(StringCodedCatalogs).ToArray();

    private static readonly ConcurrentDictionary<IReadOnlyList<Catalog>, IReadOnlyList<(string HintName, string Source)>> GeneratedSources = new();

    /// <summary>A diagnostic of the analyzer, for <c>.WithLocation(0).WithMessage(...)</c>.</summary>
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<ErrorCodeAnalyzer, DefaultVerifier>.Diagnostic(id);

    /// <summary>
    /// EC2002 on the string code at markup location <paramref name="markupKey"/>, which is <paramref name="member"/>
    /// (<c>DErrorCode.Member</c>); the literal is also its additional location, for the code fix.
    /// </summary>
    public static DiagnosticResult StringCodeAsText(int markupKey, string code, string member)
        => Diagnostic("EC2002").WithLocation(markupKey).WithLocation(markupKey)
            .WithMessage("\"" + code + "\" is " + member + "; write " + member + ".GetCode() instead of the text");

    /// <summary>Checks that the analyzer reports exactly the marked spans (and <paramref name="expected"/>), and nothing else.</summary>
    public static Task VerifyAsync(string markup, params DiagnosticResult[] expected) => VerifyAsync(markup, Catalogs, expected);

    /// <inheritdoc cref="VerifyAsync(string, DiagnosticResult[])"/>
    public static Task VerifyAsync(string markup, IReadOnlyList<Catalog> catalogs, params DiagnosticResult[] expected)
    {
        CSharpAnalyzerTest<ErrorCodeAnalyzer, DefaultVerifier> test = CreateTest(markup, catalogs);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// <see cref="VerifyAsync(string, DiagnosticResult[])"/> with the string-coded catalogs
    /// (<see cref="StringCodedCatalogs"/>) beside the numeric ones.
    /// </summary>
    public static Task VerifyStringAsync(string markup, params DiagnosticResult[] expected) => VerifyAsync(markup, NumericAndStringCoded, expected);

    /// <summary>An analyzer test of <paramref name="markup"/> with the catalogs' generated code, for a test to adjust before it runs.</summary>
    public static CSharpAnalyzerTest<ErrorCodeAnalyzer, DefaultVerifier> CreateTest(string markup, IReadOnlyList<Catalog> catalogs)
    {
        var test = new CSharpAnalyzerTest<ErrorCodeAnalyzer, DefaultVerifier> { TestCode = markup };
        Prepare(test, catalogs);
        return test;
    }

    /// <summary>
    /// Applies the EC2002 fix to every marked diagnostic, one at a time and with Fix All in document, project and
    /// solution, and compares each result with <paramref name="fixedMarkup"/>; the fixed code must compile, and the
    /// diagnostics left in it are exactly those it marks.
    /// </summary>
    public static Task VerifyFixAsync(string markup, string fixedMarkup) => VerifyFixAsync(markup, fixedMarkup, stringCoded: false);

    /// <inheritdoc cref="VerifyFixAsync(string, string)"/>
    /// <param name="stringCoded">Whether the string-coded catalogs (<see cref="StringCodedCatalogs"/>) are compiled too.</param>
    public static Task VerifyFixAsync(string markup, string fixedMarkup, bool stringCoded)
    {
        IReadOnlyList<Catalog> catalogs = stringCoded ? NumericAndStringCoded : Catalogs;
        var test = new CodeFixTest
        {
            TestCode = markup,
            FixedCode = fixedMarkup,
            // The analyzer tests already check generated code and #pragma suppression; repeating them for every fix
            // would only double the time of each fix test.
            TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck,
        };
        Prepare(test, catalogs);
        // The fixed state inherits the references; its sources are its own, so the generated ones are added again.
        AddGenerated(test.FixedState, catalogs);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The reference assemblies every test compiles against; a library a test compiles itself must use them too.</summary>
    public static ReferenceAssemblies ReferenceAssemblies => ReferenceAssemblies.Net.Net80;

    private static void Prepare<TVerifier>(AnalyzerTest<TVerifier> test, IReadOnlyList<Catalog> catalogs)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = ReferenceAssemblies;
        // Compiler warnings count as failures, as under the repository's warnings-as-errors builds; the test code
        // itself carries no XML docs.
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        test.DisabledDiagnostics.Add("CS1591");
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));
        AddGenerated(test.TestState, catalogs);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
    }

    private static void AddGenerated(SolutionState state, IReadOnlyList<Catalog> catalogs)
    {
        foreach ((string hintName, string source) in Generate(catalogs))
        {
            state.Sources.Add(("/generated/" + hintName, source));
        }
    }

    /// <summary>
    /// The generator's output for <paramref name="catalogs"/>, by hint name in ordinal order; made once per list and
    /// kept, so pass a list kept in a static field. Fails if the generator warns about the catalogs.
    /// </summary>
    public static IReadOnlyList<(string HintName, string Source)> Generate(IReadOnlyList<Catalog> catalogs)
        => GeneratedSources.GetOrAdd(catalogs, static list =>
        {
            GenerationResult result = GeneratorHarness.Generate(list);
            Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            return result.Sources.OrderBy(s => s.Key, System.StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToList();
        });

    private sealed class CodeFixTest : CSharpCodeFixTest<ErrorCodeAnalyzer, CodeAsNumberCodeFix, DefaultVerifier>
    {
    }
}
