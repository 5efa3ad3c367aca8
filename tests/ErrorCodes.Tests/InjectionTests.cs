using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// Catalog text is data: whatever a cell holds, it round-trips exactly through the generated API and its XML docs,
/// and it cannot change the shape of the generated code. Each hostile text fills every text column twice: once as
/// the whole cell, once wrapped in a tag naming the column (so that a swapped column would show). The name column
/// holds the text as written and the member column gives the member its name.
/// </summary>
public class InjectionTests
{
    private const string Domain = "Hostile";

    private static readonly string[] HostileTexts =
    {
        "double \" quote",
        "back\\slash \\\" \\n \\u0041 and a trailing backslash \\",
        "carriage\rreturn",
        "line\nfeed",
        "crlf\r\nline",
        "next\u0085line",
        "line\u2028separator",
        "paragraph\u2029separator",
        "</summary><summary>injected</summary>",
        "</para></remarks><remarks><para>",
        "<![CDATA[ x ]]> &amp; & <b>bold</b> <see cref=\"System.Object\"/>",
        "*/ closes a block comment",
        "/* opens a block comment",
        "// starts a line comment",
        "\n#if false\nhidden\n#endif\n",
        "#error injected",
        "\u2028#error injected after a line separator",
        "\u0085#define INJECTED",
        "\r#pragma warning disable",
        "{ braces } }} {{",
        "@\"verbatim\"",
        "\"\"\" raw \"\"\"",
        "$\"{interpolated}\"",
        "{0} mixed {\"key\": {1}} {{2}} {",
        "emoji \U0001F600 family \U0001F469\u200D\U0001F469\u200D\U0001F467 flag \U0001F1F0\U0001F1F7",
        "right-to-left \u202E override \u202C mark \u200F isolate \u2066x\u2069",
        "zero\u200Dwidth\u200Bjoiner",
        "nul \0 bell \a backspace \b tab \t vt \v ff \f esc \u001B del \u007F c1 \u0090",
        "lone high \uD800 surrogate",
        "lone low \uDC00 surrogate",
        "ends in a lone high surrogate \uD83D",
        "bom \uFEFF noncharacters \uFFFE \uFFFF",
        "\"; } } class Injected { void M() { //",
        "\" + System.Environment.Exit(1) + \"",
        "   leading and trailing spaces   ",
    };

    private static readonly string[] TextColumns = { "message", "description", "category", "message.ko", "description.ko" };

    private static readonly Lazy<GenerationResult> HostileGeneration = new(() => GeneratorHarness.Generate(new[] { HostileCatalog(HostileRows()) }));

    private static readonly Lazy<GenerationResult> BenignGeneration = new(() => GeneratorHarness.Generate(new[] { HostileCatalog(HostileRows().Select(Benign)) }));

    private static readonly Lazy<GeneratedDomain> Generated = new(() => GeneratedDomain.Find(HostileGeneration.Value.Load(), GeneratorHarness.DefaultRootNamespace, Domain));

    [Fact]
    public void Hostile_catalog_generates_and_compiles_with_no_diagnostic()
    {
        GenerationResult result = HostileGeneration.Value;

        // "{interpolated}" is a named placeholder: its helper takes a parameter named after it, nothing is reported.
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Single(result.Sources);
        Assert.Equal(new[] { "interpolated" }, Generated.Value.FormatMethod("Whole" + Array.IndexOf(HostileTexts, "$\"{interpolated}\"")).GetParameters().Select(p => p.Name));
    }

    [Fact]
    public void Every_text_round_trips_exactly()
    {
        GeneratedDomain domain = Generated.Value;
        CultureInfo korean = CultureInfo.GetCultureInfo("ko-KR");
        CultureInfo english = CultureInfo.GetCultureInfo("en-US");
        var failures = new List<string>();
        void Check(HostileRow row, string what, string? expected, string? actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                failures.Add(row.Member + " " + what + ": " + Escape(actual) + ", expected " + Escape(expected));
            }
        }

        foreach (HostileRow row in HostileRows())
        {
            object value = domain.Member(row.Member);
            Check(row, "code", row.Code.ToString(CultureInfo.InvariantCulture), Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            Check(row, "GetName", row.Name, domain.GetName(value));
            Check(row, "GetMemberName", row.Member, domain.GetMemberName(value));
            Check(row, "GetMessage()", row.Message, domain.GetMessage(value));
            Check(row, "GetMessage(en-US)", row.Message, domain.GetMessage(value, english));
            Check(row, "GetMessage(ko-KR)", row.KoreanMessage, domain.GetMessage(value, korean));
            Check(row, "GetDescription()", row.Description, domain.GetDescription(value));
            Check(row, "GetDescription(ko-KR)", row.KoreanDescription, domain.GetDescription(value, korean));
            Check(row, "GetCategory()", row.Category, domain.GetCategory(value));
            Check(row, "exception message", row.Message, domain.NewException(new[] { domain.EnumType }, value).Message);
            Check(row, "exception name", row.Name, domain.NewException(new[] { domain.EnumType }, value).ErrorName);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Format_helpers_of_hostile_templates_fill_only_the_placeholders()
    {
        GeneratedDomain domain = Generated.Value;
        CultureInfo korean = CultureInfo.GetCultureInfo("ko-KR");
        List<HostileRow> withPlaceholders = HostileRows().Where(r => ArgumentCount(r.Message) > 0).ToList();
        Assert.NotEmpty(withPlaceholders);

        foreach (HostileRow row in withPlaceholders)
        {
            string[] arguments = Enumerable.Range(0, ArgumentCount(row.Message)).Select(i => "<arg" + i + " \"\\{0}>").ToArray();

            Assert.Equal(Fill(row.Message, arguments), domain.Format(row.Member, arguments));
            if (!IsNamed(row.Message))
            {
                // Culture overloads fill the localized template at run time, which reads only numbered placeholders.
                Assert.Equal(Fill(row.KoreanMessage, arguments), domain.FormatFor(row.Member, korean, arguments));
            }

            Assert.Equal(Fill(row.Message, arguments), domain.Create(row.Member, arguments).Message);
        }

        int helpers = domain.CodesType.GetMethods().Count(m => m.Name.StartsWith("Format", StringComparison.Ordinal));
        Assert.Equal(withPlaceholders.Sum(row => IsNamed(row.Message) ? 1 : 2), helpers);
    }

    [Fact]
    public void Generated_tree_has_exactly_the_expected_shape()
    {
        CompilationUnitSyntax root = GeneratedRoot(HostileGeneration.Value);
        List<HostileRow> rows = HostileRows().ToList();

        var ns = Assert.IsType<NamespaceDeclarationSyntax>(Assert.Single(root.Members));
        Assert.Equal(GeneratorHarness.DefaultRootNamespace, ns.Name.ToString());
        Assert.Equal(GeneratedNames.Enum(Domain), Assert.IsType<EnumDeclarationSyntax>(ns.Members[0]).Identifier.ValueText);
        Assert.Equal(GeneratedNames.LookupClass(Domain), Assert.IsType<ClassDeclarationSyntax>(ns.Members[1]).Identifier.ValueText);
        Assert.Equal(GeneratedNames.Exception(Domain), Assert.IsType<ClassDeclarationSyntax>(ns.Members[2]).Identifier.ValueText);
        Assert.Equal(GeneratedNames.JsonConverter(Domain), Assert.IsType<ClassDeclarationSyntax>(ns.Members[^1]).Identifier.ValueText);

        // Between them, one exception type per category: as many as for harmless categories that derive the same names.
        var categoryTypes = ns.Members.Skip(3).SkipLast(1).Select(m => Assert.IsType<ClassDeclarationSyntax>(m)).ToList();
        Assert.All(categoryTypes, t => Assert.Equal(GeneratedNames.Exception(Domain), t.BaseList!.Types.Single().Type.ToString().Split('.')[^1]));
        var benignTypes = ((NamespaceDeclarationSyntax)GeneratedRoot(BenignGeneration.Value).Members.Single()).Members.Skip(3).SkipLast(1);
        Assert.Equal(benignTypes.Select(t => ((ClassDeclarationSyntax)t).Identifier.ValueText), categoryTypes.Select(t => t.Identifier.ValueText));

        var enumDeclaration = (EnumDeclarationSyntax)ns.Members[0];
        Assert.Equal(rows.Select(r => r.Member + " = " + r.Code.ToString(CultureInfo.InvariantCulture)), enumDeclaration.Members.Select(m => m.Identifier.ValueText + " = " + m.EqualsValue!.Value));

        // The lookup class and the exception have the same members as for harmless text: nothing was added or cut.
        CompilationUnitSyntax benign = GeneratedRoot(BenignGeneration.Value);
        var benignNamespace = (NamespaceDeclarationSyntax)benign.Members.Single();
        for (int type = 1; type <= 2; type++)
        {
            Assert.Equal(MemberSignatures((TypeDeclarationSyntax)benignNamespace.Members[type]), MemberSignatures((TypeDeclarationSyntax)ns.Members[type]));
        }

        int helpers = rows.Where(r => ArgumentCount(r.Message) > 0).Sum(r => IsNamed(r.Message) ? 1 : 2);
        var lookupClass = (ClassDeclarationSyntax)ns.Members[1];
        Assert.Equal(helpers, lookupClass.Members.OfType<MethodDeclarationSyntax>().Count(m => m.Identifier.ValueText.StartsWith("Format", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generated_tree_has_the_same_syntax_as_for_harmless_text()
    {
        SyntaxTree hostile = GeneratedTree(HostileGeneration.Value);
        SyntaxTree benign = GeneratedTree(BenignGeneration.Value);

        Assert.Empty(hostile.GetDiagnostics());
        Assert.Equal(Kinds(benign), Kinds(hostile));
        Assert.Equal(TriviaKinds(benign), TriviaKinds(hostile));
        // SourceText counts every C# line break (CR, LF, CRLF, U+0085, U+2028, U+2029): no text adds a line.
        Assert.Equal(benign.GetText().Lines.Count, hostile.GetText().Lines.Count);
    }

    [Fact]
    public void Generated_tree_has_no_directive_other_than_nullable_and_no_hidden_text()
    {
        CompilationUnitSyntax root = GeneratedRoot(HostileGeneration.Value);
        List<SyntaxTrivia> trivia = root.DescendantTrivia(descendIntoTrivia: true).ToList();

        // #nullable enable at the top; the format helpers between #nullable disable and #nullable enable.
        Assert.Equal(
            new[] { "enable", "disable", "enable" },
            trivia.Where(t => t.IsDirective).Select(t => Assert.IsType<NullableDirectiveTriviaSyntax>(t.GetStructure()).SettingToken.ValueText).ToArray());
        Assert.DoesNotContain(trivia, t => t.IsKind(SyntaxKind.DisabledTextTrivia));
        Assert.DoesNotContain(trivia, t => t.IsKind(SyntaxKind.SkippedTokensTrivia));
        Assert.DoesNotContain(trivia, t => t.IsKind(SyntaxKind.MultiLineCommentTrivia));
        Assert.DoesNotContain(trivia, t => t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia));
    }

    [Fact]
    public void Generated_source_writes_every_invisible_or_line_breaking_character_as_an_escape()
    {
        string source = HostileGeneration.Value.Sources.Values.Single();

        List<string> found = RawInvisibleCharacters(source);

        Assert.True(found.Count == 0, "Raw characters in the generated source: " + string.Join(", ", found.Take(20)));
    }

    [Fact]
    public void Xml_docs_of_each_member_hold_the_exact_text_or_U_FFFD_where_XML_cannot_carry_it()
    {
        Compilation compilation = HostileGeneration.Value.Compilation;
        INamedTypeSymbol enumType = compilation.GetTypeByMetadataName(GeneratorHarness.DefaultRootNamespace + "." + GeneratedNames.Enum(Domain))!;
        var failures = new List<string>();

        foreach (HostileRow row in HostileRows())
        {
            ISymbol member = enumType.GetMembers(row.Member).Single();
            string xml = member.GetDocumentationCommentXml(expandIncludes: false) ?? string.Empty;
            XElement documentation;
            try
            {
                documentation = XElement.Parse(xml, LoadOptions.PreserveWhitespace);
            }
            catch (System.Xml.XmlException exception)
            {
                failures.Add(row.Member + ": the documentation is not XML (" + exception.Message + "): " + Escape(xml));
                continue;
            }

            string summary = documentation.Elements("summary").Single().Value;
            string remarks = string.Concat(documentation.Elements("remarks").Select(r => r.Value));
            if (!summary.Contains(XmlCarried.Text(row.Name), StringComparison.Ordinal) || !summary.Contains(XmlCarried.Text(row.Message), StringComparison.Ordinal))
            {
                failures.Add(row.Member + ": summary " + Escape(summary) + " lacks the name or the message");
            }

            foreach (string text in new[] { row.Description, row.KoreanDescription, row.KoreanMessage, row.Category })
            {
                if (!remarks.Contains(XmlCarried.Text(text), StringComparison.Ordinal))
                {
                    failures.Add(row.Member + ": remarks " + Escape(remarks) + " lack " + Escape(XmlCarried.Text(text)));
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Text_that_XML_cannot_carry_becomes_U_FFFD_in_the_docs()
    {
        // The documented behaviour, shown on one member whose name holds a NUL, a lone surrogate and U+FFFF.
        Compilation compilation = HostileGeneration.Value.Compilation;
        INamedTypeSymbol enumType = compilation.GetTypeByMetadataName(GeneratorHarness.DefaultRootNamespace + "." + GeneratedNames.Enum(Domain))!;
        HostileRow row = HostileRows().First(r => r.Name.StartsWith("nul ", StringComparison.Ordinal));

        string summary = XElement.Parse(enumType.GetMembers(row.Member).Single().GetDocumentationCommentXml()!, LoadOptions.PreserveWhitespace)
            .Element("summary")!.Value;

        Assert.StartsWith("nul \uFFFD bell \uFFFD backspace \uFFFD tab \t vt \uFFFD ff \uFFFD esc \uFFFD del \u007F c1 \u0090", summary);
    }

    /// <summary>Hostile catalog file names; test cases refer to them by index because xunit's serialization of test data would alter lone surrogates and NUL.</summary>
    private static readonly string[] HostileFileNames =
    {
        "line\u2028#error injected.csv",
        "next\u0085#error injected.csv",
        "paragraph\u2029#error injected.csv",
        "carriage\r#error injected.csv",
        "line\n#error injected.csv",
        "*/ /* // #if x \" \\ {0}.csv",
        "right\u202Eleft\u200F zero\u200D.csv",
        "nul\0 bell\a.csv",
        "emoji \U0001F600 lone \uD800.csv",
    };

    public static TheoryData<int> HostileFileNameCases => new(Enumerable.Range(0, HostileFileNames.Length));

    [Theory]
    [MemberData(nameof(HostileFileNameCases))]
    public void Catalog_file_name_in_the_header_comment_cannot_change_the_code(int fileNameCase)
    {
        string fileName = HostileFileNames[fileNameCase];
        Catalog hostileFile = new Catalog("/catalogs/" + fileName, "code,name\n1,ONE\n", Domain: Domain);
        Catalog benignFile = new Catalog("/catalogs/hostile.csv", "code,name\n1,ONE\n", Domain: Domain);

        GenerationResult hostile = GeneratorHarness.Generate(new[] { hostileFile });
        GenerationResult benign = GeneratorHarness.Generate(new[] { benignFile });

        Assert.Empty(hostile.GeneratorDiagnostics);
        Assert.Empty(hostile.CompilerDiagnostics);
        SyntaxTree tree = GeneratedTree(hostile);
        Assert.Equal(Kinds(GeneratedTree(benign)), Kinds(tree));
        Assert.Equal(TriviaKinds(GeneratedTree(benign)), TriviaKinds(tree));
        Assert.Equal(GeneratedTree(benign).GetText().Lines.Count, tree.GetText().Lines.Count);
        SyntaxTrivia directive = Assert.Single(tree.GetRoot().DescendantTrivia(descendIntoTrivia: true), t => t.IsDirective);
        Assert.Equal(SyntaxKind.NullableDirectiveTrivia, directive.Kind());
        List<string> found = RawInvisibleCharacters(hostile.Sources.Values.Single());
        Assert.True(found.Count == 0, "Raw characters in the generated source: " + string.Join(", ", found));
    }

    [Fact]
    public void Names_that_cannot_become_identifiers_are_rejected_with_an_error_and_never_pasted_into_code()
    {
        Catalog catalog = Catalog.Csv(
            "/catalogs/names.csv",
            "code,name,message",
            "1,???,question marks",
            "2,,empty",
            "3,\"   \",blank",
            "4,\"\u202E\u200D\",only format characters",
            "5,\"\U0001F600\",only an emoji",
            "6,\"*/ #error\",punctuation only apart from a word",
            "7,GOOD_NAME,still generated");

        GenerationResult result = GeneratorHarness.Generate(new[] { catalog });

        Assert.Empty(result.CompilerDiagnostics);
        INamedTypeSymbol enumType = result.Compilation.GetTypeByMetadataName("TestApp.NamesErrorCode")!;
        var values = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToDictionary(f => (int)f.ConstantValue!, f => f.Name);
        Assert.Equal(new[] { 6, 7 }, values.Keys.OrderBy(k => k));
        Assert.Equal("Error", values[6]);
        Assert.Equal("GoodName", values[7]);
        foreach (int rejected in new[] { 1, 2, 3, 4, 5 })
        {
            // Row N of this catalog is on line N (zero-based, after the header).
            Assert.Contains(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().StartLinePosition.Line == rejected);
        }

        string source = result.Sources.Values.Single();
        Assert.DoesNotContain("question marks", source);
        Assert.DoesNotContain("only an emoji", source);
    }

    /// <summary>The rows of the hostile catalog: each text once as whole cells, once tagged with its column.</summary>
    private static IEnumerable<HostileRow> HostileRows()
    {
        for (int i = 0; i < HostileTexts.Length; i++)
        {
            string text = HostileTexts[i];
            yield return new HostileRow(1000 + i, text, "Whole" + i, text, text, text, text, text);
            yield return new HostileRow(
                2000 + i,
                text,
                "Tagged" + i,
                Tag("message", text),
                Tag("description", text),
                Tag("category", text),
                Tag("message.ko", text),
                Tag("description.ko", text));
        }
    }

    private static string Tag(string column, string text) => "<" + column + ">" + text + "</" + column + ">";

    /// <summary>
    /// The same row with harmless text of the same structure: every literal piece becomes "x" and placeholders stay,
    /// so the generated code must have exactly the same syntax.
    /// </summary>
    private static HostileRow Benign(HostileRow row)
    {
        static string Harmless(string text) => string.Concat(Regex.Split(text, "(\\{[0-9]{1,4}\\}|\\{interpolated\\})").Select(piece => piece.Length == 0 || Placeholder.IsMatch(piece) ? piece : "x"));
        return new HostileRow(row.Code, "x", row.Member, Harmless(row.Message), "x", HarmlessCategory(row.Category), Harmless(row.KoreanMessage), "x");
    }

    /// <summary>
    /// A category names an exception type, as a name names a member; the harmless stand-in derives the same type name
    /// (or none) and stays a distinct text for each distinct category (trailing spaces), so the types and the case
    /// labels that select them match one for one.
    /// </summary>
    private static string HarmlessCategory(string category)
    {
        List<string> distinct = HostileRows().Select(r => r.Category).Distinct(StringComparer.Ordinal).ToList();
        string words = ErrorCodes.Generator.Model.NameConverter.ToPascalCase(category);
        return (words.Length == 0 ? "?" : words) + new string(' ', distinct.IndexOf(category) + 1);
    }

    private static readonly Regex Placeholder = new("^(\\{[0-9]{1,4}\\}|\\{interpolated\\})$");

    private static Catalog HostileCatalog(IEnumerable<HostileRow> rows)
    {
        var text = new StringBuilder("code,name,member," + string.Join(",", TextColumns) + "\n");
        foreach (HostileRow row in rows)
        {
            string[] fields = { row.Code.ToString(CultureInfo.InvariantCulture), row.Name, row.Member, row.Message, row.Description, row.Category, row.KoreanMessage, row.KoreanDescription };
            text.Append(string.Join(",", fields.Select(f => "\"" + f.Replace("\"", "\"\"") + "\""))).Append('\n');
        }

        return new Catalog("/catalogs/hostile.csv", text.ToString());
    }

    /// <summary>The number of format arguments: one more than the highest <c>{N}</c> (N of at most four digits).</summary>
    /// <summary>The hostile texts' only named placeholder; its helper takes one parameter.</summary>
    private const string NamedPlaceholder = "{interpolated}";

    private static bool IsNamed(string template) => template.Contains(NamedPlaceholder, StringComparison.Ordinal);

    private static int ArgumentCount(string template)
        => IsNamed(template) ? 1 : Regex.Matches(template, "\\{([0-9]{1,4})\\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    private static string Fill(string template, string[] arguments)
        => IsNamed(template)
            ? template.Replace(NamedPlaceholder, arguments[0], StringComparison.Ordinal)
            : Regex.Replace(template, "\\{([0-9]{1,4})\\}", m => arguments[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);

    /// <summary>
    /// Characters that end a line or hide or reorder text for a reader (controls, format characters such as
    /// direction marks, separators, lone surrogates), with their positions; only "\n" and surrogate pairs are allowed.
    /// </summary>
    private static List<string> RawInvisibleCharacters(string source)
    {
        var found = new List<string>();
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                i++;
                continue;
            }

            bool hides = (char.IsControl(c) && c != '\n') || char.IsSurrogate(c)
                         || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
            if (hides)
            {
                found.Add("U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " at " + i);
            }
        }

        return found;
    }

    private static SyntaxTree GeneratedTree(GenerationResult result) => result.RunResult.GeneratedTrees.Single();

    private static CompilationUnitSyntax GeneratedRoot(GenerationResult result) => (CompilationUnitSyntax)GeneratedTree(result).GetRoot();

    private static List<SyntaxKind> Kinds(SyntaxTree tree) => tree.GetRoot().DescendantNodesAndTokens(descendIntoTrivia: false).Select(n => n.Kind()).ToList();

    private static List<SyntaxKind> TriviaKinds(SyntaxTree tree) => tree.GetRoot().DescendantTrivia(descendIntoTrivia: false).Select(t => t.Kind()).ToList();

    /// <summary>Each member of a type as its kind and name, with the parameter count of methods and constructors.</summary>
    private static List<string> MemberSignatures(TypeDeclarationSyntax type) => type.Members.Select(member => member switch
    {
        MethodDeclarationSyntax method => "method " + method.Identifier.ValueText + "/" + method.ParameterList.Parameters.Count,
        ConstructorDeclarationSyntax constructor => "constructor/" + constructor.ParameterList.Parameters.Count,
        PropertyDeclarationSyntax property => "property " + property.Identifier.ValueText,
        FieldDeclarationSyntax field => "field " + string.Join(",", field.Declaration.Variables.Select(v => v.Identifier.ValueText)),
        _ => member.Kind().ToString(),
    }).ToList();

    private static string Escape(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            builder.Append(c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.Append('"').ToString();
    }

    private sealed record HostileRow(
        int Code,
        string Name,
        string Member,
        string Message,
        string Description,
        string Category,
        string KoreanMessage,
        string KoreanDescription);
}
