using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The generated code compiles without a single diagnostic in the consumers the issue names: a strict net10-style
/// project (nullable, documentation diagnostics, every warning an error), a netstandard2.0 library on C# 7.3, and a
/// project with nullable disabled. And it uses no reflection.
/// </summary>
public class ConsumerCompileTests
{
    /// <summary>
    /// Names and texts that stress the emitted code: C# keywords and contextual keywords, names of members the
    /// generated types already have, names of the generated types themselves, System and ErrorCodes as names,
    /// non-Latin letters, and every character that could break a literal or a comment.
    /// </summary>
    private static Catalog HostileCatalog() => Catalog.Csv(
        "/p/hostile.csv",
        "code,name,member,message,description,category,duplicate,message.ko,description.ko",
        "1,class,,\"class {0}\",,,,,",
        "2,ToString,,,,,,,",
        "3,GetHashCode,,,,,,,",
        "4,Equals,,,,,,,",
        "5,HostileErrorCode,,,,,,,",
        "6,HostileErrorCodes,,,,,,,",
        "7,HostileException,,,,,,,",
        "8,All,,{0},,,,{0} ko,",
        "9,Domain,,{0},,,,,",
        "10,IsDefined,,,,,,,",
        "11,TryFromCode,,,,,,,",
        "12,GetName,,,,,,,",
        "13,IndexOf,,{1}{0},,,,,",
        "14,Code,,{0},,,,,",
        "15,ErrorCode,,{0},,,,,",
        "16,ErrorName,,{0},,,,,",
        "17,Message,,{0},,,,,",
        "18,Format,,{0},,,,,",
        "19,Create,,{0},,,,,",
        "20,x,s_codes,{0},,,,,",
        "21,x,global,,,,,,",
        "22,x,nameof,{0},,,,,",
        "23,x,var,,,,,,",
        "24,x,await,,,,,,",
        "25,x,field,{0},,,,,",
        "26,x,value,{0},,,,,",
        "27,x,System,{0},,,,,",
        "28,x,ErrorCodes,{0},,,,,",
        "29,x,Exception,,,,,,",
        "30,x,_,,,,,,",
        "31,İSTANBUL_ıi,,,,,,,",
        "32,名前,,,,,,,",
        "33,에러 발생,,,,,,,",
        "34,\"say \"\"hi\"\" \\ </summary> */ #if @\"\"\"\"\"\" {0}\",,\"say \"\"hi\"\" \\ </summary> */ #if @\"\"\"\"\"\" {0}\",\"*/ </remarks> <![CDATA[ &amp; \r\n#error x\",\"cat \u2028 #error y\",,\"\u202Eko\u0085{0}\u2029\",\"\uFEFF\U0001F600\"",
        "-2147483648,MIN_VALUE,,{0} {2} {1},,,,,",
        "2147483647,MAX_VALUE,,,,,,,",
        "1,ALIAS_OF_ONE,,\"alias {0}\",,,true,,",
        "36,Void,,,,,,,");

    private static IReadOnlyList<Catalog> AllCatalogs()
        => SeedCatalogs.All()
            .Append(HostileCatalog())
            .Append(Catalog.Csv("/p/shadowing.csv", "code,name,message", "1,A,{0}", "2,B,") with { Namespace = "Shadow.System.ErrorCodes.Global" })
            .Append(Catalog.Csv(
                "/p/metadata.csv",
                "code,name,message,category,http_status,retryable,severity,help_url,deprecated,duplicate",
                "1,A,{0} a,Group one,404,true,warning,https://x.example/a,Use B.,",
                "2,B,b {0} {1},Group two,,,info,,,",
                "2,B_ALIAS,alias {0},,,,,,Alias gone.,true",
                "3,C,c,,,,,,true,") with { HelpUrl = "https://x.example/{code}/{name}" })
            .Append(HostileStringCatalog)
            .ToList();

    /// <summary>String codes that would break a literal, a comment or a line if written as they are.</summary>
    internal static readonly Catalog HostileStringCatalog = Catalog.Csv(
        "/p/hostile-strings.csv",
        "code,name,message,category,duplicate",
        "\"say \"\"hi\"\" \\\",QUOTE,{0} quoted,A,",
        "*/ </summary> #error x,COMMENT,,B,",
        "名前,UNICODE,,,",
        "\u202Eko\u2028\U0001F600,BIDI,{0} {1},,",
        "{0},BRACES,,,",
        "card-declined,DASHED,,,",
        "card_declined,UNDERSCORED,,,",
        "名前,UNICODE_ALIAS,,,true") with { CodeType = "string", HelpUrl = "https://x.example/{code}" };

    private static (Compilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Run) Compile(
        IEnumerable<MetadataReference> references,
        CSharpParseOptions parseOptions,
        CSharpCompilationOptions options,
        string userSource = "",
        string? rootNamespace = GeneratorHarness.DefaultRootNamespace)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(userSource, references, parseOptions, options);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(AllCatalogs(), rootNamespace, parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        return (output, generatorDiagnostics, driver.GetRunResult());
    }

    private static void AssertNoDiagnostics(Compilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        // The seed catalogs' own quirks only (SQL Server's %S_DATE and %S_MSG); the other catalogs draw none.
        Assert.Equal(SeedCatalogs.DiagnosticsOf(SeedCatalogs.All()), SeedCatalogs.Describe(generatorDiagnostics));
        Assert.Equal(11, compilation.SyntaxTrees.Count());

        List<Diagnostic> diagnostics = compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(diagnostics.Count == 0, "The generated code is not clean:\n" + string.Join("\n", diagnostics.Take(40)));

        using var stream = new System.IO.MemoryStream();
        using var documentation = new System.IO.MemoryStream();
        var emit = compilation.Emit(stream, xmlDocumentationStream: documentation);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        Assert.Empty(emit.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden));
    }

    /// <summary>
    /// Every warning an error, except EC1033, which stays a warning as in the sample's project: SQL Server's own
    /// substitutions in four seed rows stay text as the vendor wrote them.
    /// </summary>
    private static CSharpCompilationOptions StrictOptions(NullableContextOptions nullable) => new CSharpCompilationOptions(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: nullable,
        warningLevel: 9999,
        generalDiagnosticOption: ReportDiagnostic.Error)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["EC1033"] = ReportDiagnostic.Warn });

    private static IEnumerable<MetadataReference> Net10References()
        => GeneratorHarness.NetReferences.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));

    [Fact]
    public void Strict_settings_do_flag_an_undocumented_public_type()
    {
        // The check below is only worth something if these settings really report a missing XML comment.
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            "namespace TestApp { public class Undocumented { } }",
            Net10References(),
            parseOptions,
            StrictOptions(NullableContextOptions.Enable));

        Diagnostic missingDoc = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("CS1591", missingDoc.Id);
        Assert.Equal(DiagnosticSeverity.Error, missingDoc.Severity);
    }

    [Fact]
    public void Generated_code_compiles_cleanly_with_nullable_documentation_diagnostics_and_every_warning_an_error()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var (compilation, generatorDiagnostics, _) = Compile(Net10References(), parseOptions, StrictOptions(NullableContextOptions.Enable));

        AssertNoDiagnostics(compilation, generatorDiagnostics);
    }

    [Fact]
    public void Generated_code_compiles_cleanly_in_a_netstandard20_library_on_CSharp_7_3()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);
        IEnumerable<MetadataReference> references = Basic.Reference.Assemblies.NetStandard20.References.All
            .Append<MetadataReference>(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath));
        var (compilation, generatorDiagnostics, run) = Compile(references, parseOptions, StrictOptions(NullableContextOptions.Disable));

        AssertNoDiagnostics(compilation, generatorDiagnostics);
        Assert.All(run.GeneratedTrees, tree => Assert.DoesNotContain("#nullable", tree.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_code_compiles_cleanly_with_nullable_disabled_on_the_latest_language_version()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var (compilation, generatorDiagnostics, _) = Compile(Net10References(), parseOptions, StrictOptions(NullableContextOptions.Disable));

        AssertNoDiagnostics(compilation, generatorDiagnostics);
    }

    [Fact]
    public void Generated_code_compiles_cleanly_in_the_global_namespace()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var (compilation, generatorDiagnostics, _) = Compile(Net10References(), parseOptions, StrictOptions(NullableContextOptions.Enable), rootNamespace: null);

        Assert.NotNull(compilation.GetTypeByMetadataName("HostileErrorCode"));
        AssertNoDiagnostics(compilation, generatorDiagnostics);
    }

    [Fact]
    public void Generated_code_compiles_cleanly_with_user_code_calling_it_under_strict_settings()
    {
        const string user = """
            namespace TestApp
            {
                /// <summary>Uses the generated API the way a consumer does.</summary>
                public static class Consumer
                {
                    /// <summary>Calls a bit of everything.</summary>
                    /// <returns>Some text.</returns>
                    public static string Use()
                    {
                        HostileErrorCode code = HostileErrorCode.Class;
                        string? description = code.GetDescription();
                        string text = code.GetName() + code.GetMemberName() + code.GetMessage() + code.GetMessage(null) + (description ?? "")
                            + HostileErrorCodes.FormatClass(1) + HostileErrorCodes.FormatAll(null, 2) + HostileErrorCodes.FormatIndexOf("a", "b")
                            + HostileErrorCodes.FormatMinValue(1, 2, 3) + HostileErrorCodes.Formatnameof(4) + HostileErrorCodes.FormatSystem(5);
                        HostileException exception = HostileException.Create(HostileErrorCode.ErrorCodes, HostileErrorCodes.FormatErrorCodes(7));
                        foreach (HostileErrorCode each in HostileErrorCodes.All)
                        {
                            text += each.IsDefined() ? "" : "!";
                        }

                        return HostileErrorCodes.TryFromCode(exception.Code, out HostileErrorCode found) ? text + found.GetName() : text;
                    }
                }
            }
            """;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var (compilation, _, _) = Compile(Net10References(), parseOptions, StrictOptions(NullableContextOptions.Enable), user);

        List<Diagnostic> diagnostics = compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }

    /// <summary>Names that, used as members of System.Enum, System.Type or System.Reflection, mean reflection.</summary>
    private static readonly string[] ReflectionMemberNames =
    {
        "GetField", "GetFields", "GetMember", "GetMembers", "GetProperty", "GetMethod", "GetCustomAttribute",
        "GetCustomAttributes", "GetValues", "GetNames", "GetUnderlyingType", "Parse", "TryParse", "IsDefined",
        "GetEnumName", "GetEnumNames", "GetEnumValues", "CreateInstance", "GetType",
    };

    [Fact]
    public void Generated_code_uses_no_reflection()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var (compilation, _, run) = Compile(Net10References(), parseOptions, StrictOptions(NullableContextOptions.Enable));
        Assert.NotEmpty(run.GeneratedTrees);

        List<string> problems = FindReflection(compilation, run.GeneratedTrees);

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void Reflection_check_flags_reflection_written_by_hand()
    {
        // The check above is only worth something if it catches the usual ways of naming an enum member at run time.
        const string source = """
            namespace TestApp
            {
                public enum Color { Red = 1 }

                public static class Names
                {
                    public static string A(Color color) => color.ToString();
                    public static string? B(Color color) => System.Enum.GetName(typeof(Color), color);
                    public static object C(Color color) => color;
                    public static System.Reflection.FieldInfo? D() => typeof(Color).GetField("Red");
                    public static string E(Color color) => "color " + color;
                }
            }
            """;
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(source);

        List<string> problems = FindReflection(compilation, compilation.SyntaxTrees);
        Assert.True(problems.Count >= 7, string.Join("\n", problems));

        Assert.Contains(problems, p => p.Contains("call System.Enum.ToString() in color.ToString()", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("System.Enum.GetName", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("typeof(Color)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("boxed to object in => color", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("identifier Reflection", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("System.Type.GetField", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("boxed to object in \"color \" + color", StringComparison.Ordinal));
    }

    /// <summary>Every use of reflection in <paramref name="trees"/>, found by syntax and by meaning.</summary>
    private static List<string> FindReflection(Compilation compilation, IEnumerable<SyntaxTree> trees)
    {
        var problems = new List<string>();
        foreach (SyntaxTree tree in trees)
        {
            SyntaxNode root = tree.GetRoot();
            string file = System.IO.Path.GetFileName(tree.FilePath);

            // By syntax: no mention of reflection, Enum or typeof anywhere, and no call named like a reflection API
            // except the generated methods of the same name (IsDefined, GetName) on the generated class.
            foreach (IdentifierNameSyntax identifier in root.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                string name = identifier.Identifier.ValueText;
                if (name is "Reflection" or "Enum" or "Activator" or "Type" && !IsJsonConverterSignature(identifier))
                {
                    problems.Add(file + ": identifier " + name + " at " + identifier.GetLocation().GetLineSpan().StartLinePosition);
                }
            }

            // typeof in an attribute argument is metadata for the analyzer, not a Type object at run time.
            foreach (TypeOfExpressionSyntax typeOf in root.DescendantNodes().OfType<TypeOfExpressionSyntax>())
            {
                if (typeOf.Parent is not AttributeArgumentSyntax)
                {
                    problems.Add(file + ": " + typeOf);
                }
            }

            // By meaning: no call into System.Enum, System.Type or System.Reflection, no ToString on an enum value,
            // and no enum value boxed into object or an interface (where its ToString would be reached).
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (InvocationExpressionSyntax invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
                {
                    problems.Add(file + ": unresolved call " + invocation);
                    continue;
                }

                string containing = method.ContainingType.ToDisplayString();
                string ns = method.ContainingNamespace.ToDisplayString();
                bool reflective = containing is "System.Enum" or "System.Type" or "System.Activator"
                                  || ns.StartsWith("System.Reflection", StringComparison.Ordinal)
                                  || (ReflectionMemberNames.Contains(method.Name) && !IsGenerated(method, compilation)
                                      && method.ContainingType.SpecialType != SpecialType.System_Int32)
                                  || (method.Name == "ToString" && invocation.Expression is MemberAccessExpressionSyntax access
                                      && model.GetTypeInfo(access.Expression).Type?.TypeKind == TypeKind.Enum);
                if (reflective)
                {
                    problems.Add(file + ": call " + method.ToDisplayString() + " in " + invocation);
                }
            }

            foreach (ExpressionSyntax expression in root.DescendantNodes().OfType<ExpressionSyntax>())
            {
                TypeInfo type = model.GetTypeInfo(expression);
                if (type.Type?.TypeKind == TypeKind.Enum && type.ConvertedType is { } converted
                    && (converted.SpecialType == SpecialType.System_Object || converted.TypeKind == TypeKind.Interface || converted.SpecialType == SpecialType.System_Enum))
                {
                    problems.Add(file + ": enum value boxed to " + converted.ToDisplayString() + " in " + expression.Parent);
                }
            }
        }

        return problems.Distinct().ToList();
    }

    /// <summary>The System.Text.Json converter's Read override must declare a Type parameter; it never uses it.</summary>
    private static bool IsJsonConverterSignature(IdentifierNameSyntax identifier)
        => identifier.Parent is QualifiedNameSyntax { Parent: ParameterSyntax { Identifier.ValueText: "typeToConvert" } };

    private static bool IsGenerated(IMethodSymbol method, Compilation compilation)
        => SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly);
}
