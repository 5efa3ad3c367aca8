using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorCodes.Generator.Analysis;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// How the analyzer learns catalogs: from the compilation, from referenced assemblies, never from a previous run.
/// The tests that need one analyzer instance over several compilations, its telemetry, or trees with chosen paths
/// and options build the compilation themselves (<see cref="AnalyzerRun"/>); the others use the standard harness.
/// </summary>
public class AnalyzerEngineTests
{
    [Fact]
    public void Registers_nothing_when_the_compilation_has_no_catalog()
    {
        // Same user code, once without and once with a catalog: only the second gets an action, one per file (a
        // callback per node would cost every file of a project, most of which never mention a catalog).
        const string source = "namespace TestApp { public static class User { public static object M() => 250999; } }";
        var analyzer = new ErrorCodeAnalyzer();

        AnalyzerTelemetryInfo without = Telemetry(GeneratorHarness.Generate(new List<Catalog>(), source).Compilation, analyzer);
        AnalyzerTelemetryInfo with = Telemetry(GeneratorHarness.Generate(AnalyzerVerifier.Catalogs, source).Compilation, analyzer);

        Assert.Equal(1, without.CompilationStartActionsCount);
        Assert.Equal(0, without.SemanticModelActionsCount);
        Assert.Equal(0, without.SyntaxNodeActionsCount);
        Assert.Equal(1, with.SemanticModelActionsCount);
        Assert.Equal(0, with.SyntaxNodeActionsCount);
        Assert.Equal(0, with.OperationActionsCount);
    }

    [Fact]
    public async Task A_span_of_a_file_gets_the_uses_inside_it_only()
    {
        // The IDE asks for the part of a file it shows; the analyzer then walks only that part, and must still find
        // every use in it, and nothing outside it.
        const string source = """
            namespace TestApp
            {
                public static class User
                {
                    public static object First() => (LiveStationErrorCode)250999;
                    public static object Second() => (LiveStationErrorCode)250998;
                }
            }
            """;
        Compilation compilation = GeneratorHarness.Generate(AnalyzerVerifier.Catalogs, source).Compilation;
        SyntaxTree user = compilation.SyntaxTrees.First(tree => tree.ToString().Contains("class User", System.StringComparison.Ordinal));
        SemanticModel model = compilation.GetSemanticModel(user);
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeAnalyzer()));
        Microsoft.CodeAnalysis.Text.TextSpan second = user.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
            .Single(method => method.Identifier.ValueText == "Second").Span;

        ImmutableArray<Diagnostic> inSpan = await analyzers.GetAnalyzerSemanticDiagnosticsAsync(model, second, CancellationToken.None);
        ImmutableArray<Diagnostic> whole = await analyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None);

        Assert.Equal(new[] { "250998" }, inSpan.Select(d => user.GetText().ToString(d.Location.SourceSpan)).ToArray());
        Assert.Equal(new[] { "250999", "250998" }, whole.Select(d => user.GetText().ToString(d.Location.SourceSpan)).ToArray());
    }

    [Fact]
    public void Keeps_nothing_between_compilations()
    {
        // One analyzer instance, two compilations whose LiveStation catalogs differ: each is judged by its own.
        var analyzer = new ErrorCodeAnalyzer();
        const string source = "namespace TestApp { public static class User { public static object M() => (LiveStationErrorCode)7; } }";
        Compilation defines7 = AnalyzerRun.CompileWithGenerated(source, new[] { Catalog.Csv("/p/live-station.csv", "code,name", "7,SEVEN") });
        Compilation lacks7 = AnalyzerRun.CompileWithGenerated(source, new[] { Catalog.Csv("/p/live-station.csv", "code,name", "8,EIGHT") });

        Assert.Equal("EC2002", Assert.Single(AnalyzerRun.Run(defines7, analyzer)).Id);
        Assert.Equal("EC2001", Assert.Single(AnalyzerRun.Run(lacks7, analyzer)).Id);
        Assert.Equal("EC2002", Assert.Single(AnalyzerRun.Run(defines7, analyzer)).Id);
    }

    [Fact]
    public async Task Learns_catalogs_of_a_referenced_library()
    {
        // The catalog is generated into a library; the application has no catalog of its own and uses the library's.
        // The library is compiled against the reference assemblies the application is, as a real one would be.
        ImmutableArray<MetadataReference> references = await AnalyzerVerifier.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        CSharpCompilation library = GeneratorHarness.CreateCompilation(
            references: references.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath)),
            assemblyName: "Vendor");
        GeneratorHarness.CreateDriver(AnalyzerVerifier.Catalogs, rootNamespace: "Vendor")
            .RunGeneratorsAndUpdateCompilation(library, out Compilation withGenerated, out _);
        using var stream = new MemoryStream();
        Assert.True(withGenerated.Emit(stream).Success);

        var test = AnalyzerVerifier.CreateTest(
            """
            namespace App
            {
                public static class User
                {
                    public static object[] M(Vendor.LiveStationException ex) => new object[]
                    {
                        (Vendor.LiveStationErrorCode){|EC2001:250999|},
                        Vendor.ChatErrorCodes.IsDefined({|EC2003:250100|}),
                        ex.Code == {|EC2002:250100|},
                    };
                }
            }
            """,
            catalogs: System.Array.Empty<Catalog>());
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(stream.ToArray()));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_enum_without_the_generated_marker_is_not_a_catalog()
    {
        // A hand-written enum named like a generated one, and a member marked with it, are left alone.
        await AnalyzerVerifier.VerifyAsync("""
            using ErrorCodes;

            namespace TestApp
            {
                public enum HandErrorCode { One = 1 }

                public static class User
                {
                    public static object M() => (HandErrorCode)250999;

                    public static void Take([ErrorCode(typeof(HandErrorCode))] int code) => Take(250999);
                }
            }
            """);
    }

    [Fact]
    public void Initialize_runs_concurrently_skips_generated_code_and_registers_only_the_compilation_start()
    {
        var context = new RecordingContext();
        new ErrorCodeAnalyzer().Initialize(context);

        Assert.True(context.Concurrent);
        // Generated code is not analyzed (the compiler skips it before any callback, so a catalog's own generated
        // file costs nothing), and reports skip the compiler's check for generated code, which binds the method
        // around each diagnostic.
        Assert.Equal(GeneratedCodeAnalysisFlags.ReportDiagnostics, context.GeneratedCode);
        Assert.Equal(new[] { "CompilationStart" }, context.Registered);
    }

    [Fact]
    public void A_generated_file_name_is_not_analyzed_either()
    {
        // Besides the <auto-generated/> header, the compiler treats *.g.cs and *.designer.cs files as generated.
        const string source = "namespace TestApp { public static class User { public static object M() => (LiveStationErrorCode)250999; } }";
        Compilation compilation = AnalyzerRun.CompileWithGenerated("", AnalyzerVerifier.Catalogs);
        CSharpParseOptions options = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        Compilation withFiles = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(source.Replace("User", "Generated", System.StringComparison.Ordinal), options, path: "Generated.g.cs"),
            CSharpSyntaxTree.ParseText(source.Replace("User", "Designer", System.StringComparison.Ordinal), options, path: "Form.designer.cs"),
            CSharpSyntaxTree.ParseText(source, options, path: "User.cs"));

        Diagnostic only = Assert.Single(AnalyzerRun.Run(withFiles));
        Assert.Equal("EC2001", only.Id);
        Assert.Equal("User.cs", only.Location.SourceTree!.FilePath);
    }

    [Fact]
    public async Task Types_and_members_marked_GeneratedCode_are_not_analyzed()
    {
        // The compiler's rule for generated code covers [GeneratedCode] on the type or member around the use,
        // whichever part of a partial type carries it.
        await AnalyzerVerifier.VerifyAsync("""
            namespace TestApp
            {
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public static class GeneratedType
                {
                    public static object M() => (LiveStationErrorCode)250999;
                }

                public static partial class Mixed
                {
                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    public static object Generated() => (LiveStationErrorCode)250999;

                    public static object Written() => (LiveStationErrorCode){|EC2001:250999|};
                }

                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public static partial class Split
                {
                }

                public static partial class Split
                {
                    public static object M() => (LiveStationErrorCode)250999;
                }

                public static class Members
                {
                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    public static object Property => (LiveStationErrorCode)250999;

                    public static object Accessor
                    {
                        [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                        get { return (LiveStationErrorCode)250999; }
                    }

                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    public static object Block
                    {
                        get { return (LiveStationErrorCode)250999; }
                    }

                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    [ErrorCodes.ErrorCode(typeof(LiveStationErrorCode))]
                    public static int Field = 250999, Other = 250998;

                    public static object Plain => (LiveStationErrorCode){|EC2001:250999|};
                }
            }
            """);
    }

    [Theory]
    [InlineData("User.cs", "true", false)]
    [InlineData("User.cs", " TRUE ", false)]
    [InlineData("User.g.cs", "false", true)]
    [InlineData("User.g.cs", null, false)]
    [InlineData("User.cs", null, true)]
    [InlineData("User.cs", "maybe", true)]
    public void The_generated_code_option_of_editorconfig_decides_when_set(string path, string? option, bool analyzed)
    {
        const string source = "namespace TestApp { public static class User { public static object M() => (LiveStationErrorCode)250999; } }";
        Compilation compilation = AnalyzerRun.CompileWithGenerated("", AnalyzerVerifier.Catalogs);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: path);
        var options = new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty,
            new TreeOptionsProvider(tree, option is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["generated_code"] = option }));

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerRun.Run(compilation.AddSyntaxTrees(tree), options: options);

        Assert.Equal(analyzed ? new[] { "EC2001" } : System.Array.Empty<string>(), diagnostics.Select(d => d.Id).ToArray());
    }

    [Fact]
    public void A_marker_is_found_in_any_file_under_any_spelling()
    {
        // Files are looked for the attribute's name in their text before they are walked; an alias from another
        // file, a verbatim name and the full name must all still be found.
        Compilation compilation = AnalyzerRun.CompileWithGenerated("", AnalyzerVerifier.Catalogs);
        var options = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        Compilation withFiles = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("global using Marker = ErrorCodes.ErrorCodeAttribute;", options, path: "Usings.cs"),
            CSharpSyntaxTree.ParseText(
                """
                using ErrorCodes;

                namespace TestApp
                {
                    public static class Marked
                    {
                        public static void ByAlias([Marker(typeof(LiveStationErrorCode))] int code) { }
                        public static void Verbatim([@ErrorCodeAttribute(typeof(LiveStationErrorCode))] int code) { }
                        public static void FullName([global::ErrorCodes.ErrorCodeAttribute(typeof(LiveStationErrorCode))] int code) { }
                        public static void Plain(int code) { }
                    }
                }
                """,
                options,
                path: "Marked.cs"),
            CSharpSyntaxTree.ParseText(
                """
                namespace TestApp
                {
                    public static class User
                    {
                        public static void M()
                        {
                            Marked.ByAlias(250999);
                            Marked.Verbatim(250998);
                            Marked.FullName(250997);
                            Marked.Plain(250996);
                        }
                    }
                }
                """,
                options,
                path: "User.cs"));

        Assert.Empty(withFiles.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerRun.Run(withFiles);

        Assert.Equal(
            new[] { "EC2001 User.cs:7", "EC2001 User.cs:8", "EC2001 User.cs:9" },
            diagnostics.Select(d => d.Id + " " + d.Location.SourceTree!.FilePath + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1)).ToArray());
    }

    [Theory]
    [InlineData(
        "public delegate void Handler([ErrorCode(typeof(LiveStationErrorCode))] int code);",
        "public static void M(Handler h) => h({|EC2001:250999|});")]
    [InlineData(
        "public sealed class Table { public int this[[ErrorCode(typeof(LiveStationErrorCode))] int row] => 0; }",
        "public static int M(Table t) => t[{|EC2001:250999|}];")]
    [InlineData(
        "public sealed class Failure { public Failure([ErrorCode(typeof(LiveStationErrorCode))] int number) { } } public static class Holder { public static void Take(Failure f) { } }",
        "public static void M() => Holder.Take(new({|EC2001:250999|}));")]
    [InlineData(
        "",
        "public static object M() => (Station){|EC2001:250999|};")]
    public async Task A_file_that_names_no_catalog_member_is_walked_when_a_use_needs_no_name(string declarations, string use)
    {
        // Files whose text names no generated enum, marked member or attribute are not walked; a marked delegate,
        // indexer or constructor is used without any of those names, and an enum's alias may come from another file.
        // Each use below sits in a file of its own that names none of them.
        var test = AnalyzerVerifier.CreateTest(
            "namespace TestApp { public static class User { " + use + " } }",
            AnalyzerVerifier.Catalogs);
        test.TestState.Sources.Add(("/0/Declarations.cs", "using ErrorCodes;\nnamespace TestApp { " + declarations + " }\n"));
        test.TestState.Sources.Add(("/0/Usings.cs", "global using Station = TestApp.LiveStationErrorCode;\n"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_member_marked_in_one_file_is_checked_where_another_file_only_calls_it_by_name()
    {
        // A member marked in source adds a name of use that is learned only once every file has been read for the
        // attribute; a file that names neither the enum nor the attribute, only the marked method, is still walked.
        var test = AnalyzerVerifier.CreateTest(
            "namespace TestApp { public static class User { public static void M() => Holder.Retry({|EC2001:250999|}); } }",
            AnalyzerVerifier.Catalogs);
        test.TestState.Sources.Add(("/0/Declarations.cs", "using ErrorCodes;\nnamespace TestApp { public static class Holder { public static void Retry([ErrorCode(typeof(LiveStationErrorCode))] int code) { } } }\n"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public void Only_a_file_that_names_an_enum_a_marked_member_or_the_attribute_is_walked()
    {
        Compilation compilation = AnalyzerRun.CompileWithGenerated("", AnalyzerVerifier.Catalogs);
        CodeCatalog catalog = CodeCatalog.Create(compilation, CancellationToken.None)!;
        CodeNames names = CodeNames.Create(compilation, catalog.Enums, catalog.UsingAssemblies, catalog.HasStringCodes, CancellationToken.None);
        var options = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        bool Walked(string text) => names.MayBeUsedIn(CSharpSyntaxTree.ParseText(text, options), CancellationToken.None);

        Assert.False(Walked("class Plain { int M(int x) => x == 5 ? (int)1L : GetHashCode(); }"));
        Assert.False(Walked("// LiveStationErrorCodes: a longer name, not a whole word of any\nclass Plain { }"));
        Assert.True(Walked("class User { object M() => (LiveStationErrorCode)1; }"));
        Assert.True(Walked("class User { bool M(LiveStationException e) => e.Code == 1; }"));
        Assert.True(Walked("class User { bool M() => ChatErrorCodes.IsDefined(1); }"));
        Assert.True(Walked("class User { void M([ErrorCodes.ErrorCode(typeof(object))] int n) { } }"));
    }

    /// <summary>.editorconfig options for one tree, as the compiler passes them to analyzers.</summary>
    private sealed class TreeOptionsProvider(SyntaxTree tree, Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree other) => new Options(other == tree ? values : new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }

    /// <summary>Records what an analyzer's Initialize asks for; nothing is run.</summary>
    private sealed class RecordingContext : AnalysisContext
    {
        public bool Concurrent { get; private set; }

        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

        public List<string> Registered { get; } = new();

        public override void EnableConcurrentExecution() => Concurrent = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterCompilationStartAction(System.Action<CompilationStartAnalysisContext> action) => Registered.Add("CompilationStart");

        public override void RegisterCompilationAction(System.Action<CompilationAnalysisContext> action) => Registered.Add("Compilation");

        public override void RegisterSemanticModelAction(System.Action<SemanticModelAnalysisContext> action) => Registered.Add("SemanticModel");

        public override void RegisterSymbolAction(System.Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registered.Add("Symbol");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(System.Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registered.Add("CodeBlockStart");

        public override void RegisterCodeBlockAction(System.Action<CodeBlockAnalysisContext> action) => Registered.Add("CodeBlock");

        public override void RegisterSyntaxTreeAction(System.Action<SyntaxTreeAnalysisContext> action) => Registered.Add("SyntaxTree");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(System.Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registered.Add("SyntaxNode");

        public override void RegisterOperationAction(System.Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Registered.Add("Operation");

        public override void RegisterOperationBlockAction(System.Action<OperationBlockAnalysisContext> action) => Registered.Add("OperationBlock");

        public override void RegisterOperationBlockStartAction(System.Action<OperationBlockStartAnalysisContext> action) => Registered.Add("OperationBlockStart");

        public override void RegisterSymbolStartAction(System.Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registered.Add("SymbolStart");

        public override void RegisterAdditionalFileAction(System.Action<AdditionalFileAnalysisContext> action) => Registered.Add("AdditionalFile");
    }

    private static AnalyzerTelemetryInfo Telemetry(Compilation compilation, DiagnosticAnalyzer analyzer)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
    }
}

/// <summary>The sample shows the analyzer at work without breaking its warnings-as-errors build.</summary>
public class SampleAnalyzerTests
{
    [Fact]
    public async System.Threading.Tasks.Task Sample_shows_EC2001_suppressed_by_its_pragma_and_nothing_else()
    {
        string path = Path.Combine(System.AppContext.BaseDirectory, "samples", "Program.cs.txt");
        string source = File.ReadAllText(path);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            source,
            parseOptions: parseOptions,
            options: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver(SeedCatalogs.All(), "Sample", parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation withGenerated, out _);
        Assert.Empty(withGenerated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        ImmutableArray<Diagnostic> diagnostics = await withGenerated
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        List<Diagnostic> warnings = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Diagnostic shown = Assert.Single(warnings);
        Assert.Equal("EC2001", shown.Id);
        Assert.True(shown.IsSuppressed);
        int line = shown.Location.GetLineSpan().StartLinePosition.Line;
        string text = source.Split('\n')[line];
        Assert.Contains("IsDefined(250999)", text, System.StringComparison.Ordinal);
        Assert.Equal("250999", shown.Location.SourceTree!.GetText().ToString(shown.Location.SourceSpan));
        // The comment above the pragma quotes the message the user would see.
        Assert.Contains("// warning EC2001: " + shown.GetMessage(System.Globalization.CultureInfo.InvariantCulture), source, System.StringComparison.Ordinal);
    }
}

/// <summary>The generated API marks every int that holds a code, so the analyzer sees every such position.</summary>
public class GeneratedMarkerTests
{
    [Fact]
    public void Every_generated_int_code_parameter_and_property_carries_the_marker_of_its_enum()
    {
        Compilation compilation = GeneratorHarness.Generate(SeedCatalogs.All(), rootNamespace: "Seeds").Compilation;
        INamedTypeSymbol marker = compilation.GetTypeByMetadataName("ErrorCodes.ErrorCodeAttribute")!;
        INamedTypeSymbol domainMarker = compilation.GetTypeByMetadataName("ErrorCodes.ErrorCodeDomainAttribute")!;
        var checkedPositions = new List<string>();
        var unmarked = new List<string>();

        foreach (INamedTypeSymbol enumType in compilation.Assembly.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Seeds").GetTypeMembers().Where(t => t.TypeKind == TypeKind.Enum))
        {
            string domain = enumType.Name.Substring(0, enumType.Name.Length - GeneratedNames.EnumSuffix.Length);
            AttributeData domainAttribute = Assert.Single(enumType.GetAttributes(), a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, domainMarker));
            Assert.Equal(domain, domainAttribute.ConstructorArguments[0].Value);
            // A string-coded catalog marks its string code parameters and the exception's CodeText; its int Code is
            // the enum value, not the vendor's code, and carries no marker.
            bool stringCoded = domainAttribute.NamedArguments.Any(a => a.Key == "Codes");
            SpecialType codeType = stringCoded ? SpecialType.System_String : SpecialType.System_Int32;
            string codeProperty = stringCoded ? "CodeText" : "Code";

            foreach (INamedTypeSymbol type in new[] { GeneratedNames.LookupClass(domain), GeneratedNames.Exception(domain) }.Select(name => compilation.GetTypeByMetadataName("Seeds." + name)!))
            {
                foreach (ISymbol member in type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public))
                {
                    IEnumerable<(string Name, ImmutableArray<AttributeData> Attributes)> positions = member switch
                    {
                        IMethodSymbol method => method.Parameters
                            .Where(p => p.Type.SpecialType == codeType && p.Name == "code")
                            .Select(p => (type.Name + "." + method.Name + "(" + p.Name + ")", p.GetAttributes())),
                        IPropertySymbol property when property.Name == codeProperty => new[] { (type.Name + "." + codeProperty, property.GetAttributes()) },
                        _ => Enumerable.Empty<(string, ImmutableArray<AttributeData>)>(),
                    };
                    if (stringCoded && member is IPropertySymbol { Name: "Code" } intCode)
                    {
                        Assert.DoesNotContain(intCode.GetAttributes(), a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, marker));
                    }

                    foreach ((string name, ImmutableArray<AttributeData> attributes) in positions)
                    {
                        checkedPositions.Add(name);
                        bool marked = attributes.Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, marker)
                            && SymbolEqualityComparer.Default.Equals(a.ConstructorArguments[0].Value as ITypeSymbol, enumType));
                        if (!marked)
                        {
                            unmarked.Add(name);
                        }
                    }
                }
            }
        }

        Assert.Contains("LiveStationErrorCodes.IsDefined(code)", checkedPositions);
        Assert.Contains("LiveStationErrorCodes.TryFromCode(code)", checkedPositions);
        Assert.Contains("LiveStationException.Code", checkedPositions);
        Assert.Contains("PostgresSqlstateErrorCodes.TryFromCode(code)", checkedPositions);
        Assert.Contains("PostgresSqlstateException.FromCode(code)", checkedPositions);
        Assert.Contains("PostgresSqlstateException.CodeText", checkedPositions);
        Assert.True(unmarked.Count == 0, "Not marked with ErrorCode(typeof(...)): " + string.Join(", ", unmarked));
    }
}
