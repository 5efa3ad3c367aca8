using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodes.CodeFixes;
using ErrorCodes.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="ErrorCodeAnalyzer"/> over user code compiled together with the generator's output, and applies
/// <see cref="CodeAsNumberCodeFix"/> in an <see cref="AdhocWorkspace"/>. Expected diagnostics are written in the
/// source as <c>{|EC2001:250999|}</c>: the ID and the exact span.
/// </summary>
public static class AnalyzerHarness
{
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

    private static readonly ErrorCodeAnalyzer Analyzer = new();

    /// <summary>Checks that the analyzer reports exactly the marked spans with their IDs, and nothing else.</summary>
    public static void Verify(string markup, IReadOnlyList<Catalog>? catalogs = null)
    {
        (string source, List<ExpectedDiagnostic> expected) = Markup.Parse(markup);
        IReadOnlyList<Diagnostic> actual = Analyze(source, catalogs);
        Assert.Equal(Describe(source, expected), Describe(source, actual.Select(d => new ExpectedDiagnostic(d.Id, d.Location.SourceSpan))));
    }

    /// <summary>The analyzer's diagnostics on User.cs, in source order; fails when the code does not compile.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(string source, IReadOnlyList<Catalog>? catalogs = null)
    {
        Compilation compilation = CompileWithGenerated(source, catalogs ?? Catalogs);
        return Run(compilation);
    }

    public static IReadOnlyList<Diagnostic> Run(Compilation compilation, DiagnosticAnalyzer? analyzer = null, AnalyzerOptions? options = null)
    {
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer ?? Analyzer), options);
        ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>User code plus the generator's output for the catalogs; fails on any compiler error or warning.</summary>
    public static Compilation CompileWithGenerated(string source, IReadOnlyList<Catalog> catalogs)
    {
        GenerationResult result = GeneratorHarness.Generate(catalogs, source);
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        List<Diagnostic> problems = result.Compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591")
            .ToList();
        Assert.True(problems.Count == 0, "The test code does not compile:\n" + string.Join("\n", problems));
        return result.Compilation;
    }

    /// <summary>Applies the EC2002 fix to the one marked diagnostic and compares the document with <paramref name="expected"/>.</summary>
    public static void VerifyFix(string markup, string expected)
    {
        (string source, List<ExpectedDiagnostic> marked) = Markup.Parse(markup);
        Assert.Single(marked);
        Document document = CreateDocument(source);
        Diagnostic diagnostic = DocumentDiagnostics(document).Single(d => d.Id == "EC2002" && d.Location.SourceSpan == marked[0].Span);

        var provider = new CodeAsNumberCodeFix();
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        provider.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
        CodeAction single = Assert.Single(actions);

        Document fixedDocument = Apply(document, single);
        AssertFixed(fixedDocument, expected);
    }

    /// <summary>Fixes every EC2002 of the document at once, as "Fix all in document" does.</summary>
    public static void VerifyFixAll(string source, string expected)
    {
        Document document = CreateDocument(source);
        List<Diagnostic> diagnostics = DocumentDiagnostics(document).Where(d => d.Id == "EC2002").ToList();
        Assert.True(diagnostics.Count > 1, "Fix-all needs several EC2002 to fix");

        var provider = new CodeAsNumberCodeFix();
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostics[0], (action, _) => actions.Add(action), CancellationToken.None);
        provider.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
        string? key = Assert.Single(actions).EquivalenceKey;

        var fixAllContext = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            key,
            new[] { "EC2002" },
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        CodeAction? fixAll = provider.GetFixAllProvider()!.GetFixAsync(fixAllContext).GetAwaiter().GetResult();
        Assert.NotNull(fixAll);
        AssertFixed(Apply(document, fixAll!), expected);
    }

    private static void AssertFixed(Document fixedDocument, string expected)
    {
        string actual = fixedDocument.GetTextAsync().GetAwaiter().GetResult().ToString();
        Assert.Equal(expected.ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));

        // The fix must leave code that compiles and no longer asks for the fix.
        Compilation compilation = fixedDocument.Project.GetCompilationAsync().GetAwaiter().GetResult()!;
        List<Diagnostic> errors = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591").ToList();
        Assert.True(errors.Count == 0, "The fixed code does not compile:\n" + string.Join("\n", errors));
        Assert.DoesNotContain(Run(compilation), d => d.Id == "EC2002");
    }

    private static Document Apply(Document document, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
        Solution solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id)!;
    }

    private static IReadOnlyList<Diagnostic> DocumentDiagnostics(Document document)
    {
        Compilation compilation = document.Project.GetCompilationAsync().GetAwaiter().GetResult()!;
        return Run(compilation).Where(d => d.Location.SourceTree == document.GetSyntaxTreeAsync().GetAwaiter().GetResult()).ToList();
    }

    /// <summary>A workspace project with the user document and the generated sources as ordinary documents.</summary>
    private static Document CreateDocument(string source)
    {
        GenerationResult generated = GeneratorHarness.Generate(Catalogs, source);
        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "TestApp",
                "TestApp",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: parseOptions,
                metadataReferences: GeneratorHarness.NetReferences.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath))));
        foreach (KeyValuePair<string, string> file in generated.Sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), file.Key, SourceText.From(file.Value, Encoding.UTF8), filePath: "/generated/" + file.Key);
        }

        DocumentId userId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(userId, "User.cs", SourceText.From(source, Encoding.UTF8), filePath: "User.cs");
        return solution.GetDocument(userId)!;
    }

    /// <summary>One line per diagnostic: ID, line:column range and the text under the span, for readable failures.</summary>
    private static string Describe(string source, IEnumerable<ExpectedDiagnostic> diagnostics)
    {
        SourceText text = SourceText.From(source);
        return string.Join("\n", diagnostics
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d =>
            {
                LinePositionSpan lines = text.Lines.GetLinePositionSpan(d.Span);
                return string.Create(CultureInfo.InvariantCulture, $"{d.Id} ({lines.Start.Line + 1},{lines.Start.Character + 1})-({lines.End.Line + 1},{lines.End.Character + 1}) '{text.ToString(d.Span)}'");
            }));
    }

    private sealed class FixedDiagnostics(IReadOnlyList<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}

/// <summary>An expected diagnostic: its ID and span.</summary>
public sealed record ExpectedDiagnostic(string Id, TextSpan Span);

/// <summary>Reads <c>{|ID:text|}</c> marks out of test source.</summary>
public static class Markup
{
    public static (string Source, List<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new StringBuilder();
        var expected = new List<ExpectedDiagnostic>();
        int i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                int colon = markup.IndexOf(':', i);
                int end = markup.IndexOf("|}", colon, StringComparison.Ordinal);
                if (colon < 0 || end < 0)
                {
                    throw new FormatException("Unclosed mark at " + i);
                }

                string id = markup.Substring(i + 2, colon - i - 2);
                string inner = markup.Substring(colon + 1, end - colon - 1);
                expected.Add(new ExpectedDiagnostic(id, new TextSpan(source.Length, inner.Length)));
                source.Append(inner);
                i = end + 2;
            }
            else
            {
                source.Append(markup[i]);
                i++;
            }
        }

        return (source.ToString(), expected);
    }
}
