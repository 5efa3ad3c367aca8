using ErrorCodes.Tests.Infrastructure;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ErrorCodes.Generator;
using ErrorCodes.Generator.Emit;
using ErrorCodes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The emit room alone: literals and XML text from catalog strings, and the source of a domain from a hand-built
/// model. The output is parsed, never compiled: the shape of the code is what is checked here.
/// </summary>
public class EmitTests
{
    /// <summary>
    /// Every kind of character that could end a literal, a line or a comment, or hide text from a reader. Test cases
    /// refer to them by index because xunit's serialization of test data would alter lone surrogates and NUL.
    /// </summary>
    private static readonly (string Kind, string Text)[] HostileTextCases =
    {
        ("quote", "say \"hi\""),
        ("backslash", "C:\\path\\"),
        ("backslash before quote", "\\\""),
        ("escape-like text", "\\n \\u0041 \\x41"),
        ("C escapes", "\0\a\b\f\n\r\t\v"),
        ("CRLF", "line one\r\nline two"),
        ("NEL", "a\u0085b"),
        ("line separator", "a\u2028b"),
        ("paragraph separator", "a\u2029b"),
        ("C0 and C1 controls", "\u0001\u001B\u007F\u0080\u009F"),
        ("bidirectional marks", "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"),
        ("zero width and BOM", "a\u200Bb\u200Cc\u200Dd\uFEFFe"),
        ("lone surrogates", "\uD800 x \uDC00 \uDBFF"),
        ("emoji", "\U0001F600 \U0001F469\u200D\U0001F4BB"),
        ("non-characters and private use", "\uFFFE\uFFFF\uE000\U000F0000"),
        ("unassigned", "\u0378\u0379"),
        ("braces", "{0} {{ }} {\"key\": {1}}"),
        ("verbatim and raw markers", "@\" \"\"\" $\"{x}\" @$\""),
        ("comment markers", "*/ /* // ///"),
        ("XML", "</summary> <see cref=\"X\"/> &amp; <![CDATA[ ]]> <!-- -->"),
        ("preprocessor", "\n#error injected\n#if false"),
        ("Korean and combining marks", "에러 발생 e\u0301 \u0627\u0644"),
        ("empty", string.Empty),
    };

    public static TheoryData<int, string> HostileTexts()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < HostileTextCases.Length; i++)
        {
            data.Add(i, HostileTextCases[i].Kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void String_literal_parses_back_to_exactly_the_text_and_stays_one_plain_token(int textCase, string kind)
    {
        string text = HostileTextCases[textCase].Text;
        string literal = Literals.String(text);

        AssertLiteralRoundTrips(kind, text, literal);
    }

    [Fact]
    public void String_literal_of_every_UTF16_code_unit_round_trips()
    {
        var builder = new StringBuilder(65536);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            builder.Append((char)c);
        }

        string text = builder.ToString();
        AssertLiteralRoundTrips("every code unit", text, Literals.String(text));
    }

    [Fact]
    public void String_literal_does_not_depend_on_the_culture()
    {
        string invariant;
        using (new CultureScope(CultureInfo.InvariantCulture))
        {
            invariant = Literals.String("\u2028\u0001\uFEFF") + Literals.Int(-5) + Literals.Int(int.MinValue);
        }

        // Swedish writes the minus sign as U+2212; Turkish changes upper-casing of 'i'.
        foreach (string name in new[] { "sv-SE", "tr-TR", "ar-SA" })
        {
            using (new CultureScope(new CultureInfo(name)))
            {
                Assert.Equal(invariant, Literals.String("\u2028\u0001\uFEFF") + Literals.Int(-5) + Literals.Int(int.MinValue));
            }
        }

        Assert.Equal("-2147483648", Literals.Int(int.MinValue));
    }

    [Fact]
    public void Null_becomes_the_null_literal()
    {
        Assert.Equal("null", Literals.String(null));
    }

    private static void AssertLiteralRoundTrips(string kind, string text, string literal)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText("class C { const string S = " + literal + "; }");

        Assert.Empty(tree.GetDiagnostics());
        LiteralExpressionSyntax parsed = Assert.Single(tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>());
        Assert.Equal(SyntaxKind.StringLiteralToken, parsed.Token.Kind());
        Assert.Equal(literal, parsed.Token.Text);
        Assert.Equal(text, parsed.Token.ValueText);

        // Nothing a reader could mistake or miss: the literal is printable, one line, and not verbatim or raw.
        Assert.StartsWith("\"", literal, StringComparison.Ordinal);
        Assert.Single(tree.GetText().Lines);
        Assert.All(literal, c => Assert.True(IsVisible(c), kind + ": U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " is written raw"));
    }

    private static bool IsVisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Xml_text_keeps_the_doc_comment_one_summary_on_one_line_and_documents_the_exact_text(int textCase, string kind)
    {
        string text = HostileTextCases[textCase].Text;
        string source = "/// <summary>" + Literals.XmlText(text) + "</summary>\npublic class C { }\n";
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));
        CSharpCompilation compilation = CSharpCompilation.Create("Docs", new[] { tree }, Infrastructure.GeneratorHarness.NetReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // Badly formed XML would be CS1570 and friends; the doc comment must be exactly one summary.
        Assert.Empty(compilation.GetDiagnostics());
        Assert.Equal(2, tree.GetText().Lines.Count(line => line.Span.Length > 0));
        string? xml = compilation.GetTypeByMetadataName("C")!.GetDocumentationCommentXml();
        Assert.False(string.IsNullOrEmpty(xml), kind + ": the doc comment did not survive");

        XElement summary = Assert.Single(XDocument.Parse(xml!).Descendants("summary"));
        Assert.Equal(XmlCarried.Text(text), summary.Value);
        Assert.Empty(summary.Elements());
    }

    private static ErrorMember Member(int code, string name, string identifier, string message = "", string description = "", string localizedMessage = "", bool alias = false, string category = "")
        => new(code, name, identifier, message, description, new EquatableArray<string>(new[] { localizedMessage }), EquatableArray<string>.Empty, category, alias, 2);

    private static DomainModel Shop(string ns = "Company.Product", params ErrorMember[] members)
        => new("/p/shop.csv", "Shop", ns, new EquatableArray<string>(new[] { "ko" }), EquatableArray<string>.Empty, new EquatableArray<ErrorMember>(members.Length > 0 ? members : DefaultMembers()));

    private static ErrorMember[] DefaultMembers() => new[]
    {
        Member(250100, "CHANNEL_NOT_FOUND", "ChannelNotFound", "Channel {0} is not found", "Long text", "채널 {0} 없음", category: "Channel"),
        Member(-102, "Authentication Fail", "AuthenticationFail", "Authentication failed."),
        Member(7, "INVALID", "Invalid", "{1} then {0}"),
        Member(250100, "CHANNEL_MISSING", "ChannelMissing", "Missing {0}", alias: true),
    };

    private static CompilationUnitSyntax Parse(string source)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));
        Assert.Empty(tree.GetDiagnostics());
        return (CompilationUnitSyntax)tree.GetRoot();
    }

    private static IEnumerable<MethodDeclarationSyntax> Methods(SyntaxNode root, string typeName)
        => root.DescendantNodes().OfType<TypeDeclarationSyntax>().Single(t => t.Identifier.ValueText == typeName).Members.OfType<MethodDeclarationSyntax>();

    [Fact]
    public void Domain_emits_enum_lookup_class_and_exception_in_its_namespace()
    {
        string source = DomainEmitter.Emit(Shop(), new EmitSettings(NullableAnnotations: true, HasRuntime: true));
        CompilationUnitSyntax root = Parse(source);

        Assert.StartsWith("// <auto-generated/>\n", source, StringComparison.Ordinal);
        Assert.Contains("\n#nullable enable\n", source, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", source, StringComparison.Ordinal);

        BaseNamespaceDeclarationSyntax ns = Assert.Single(root.Members.OfType<BaseNamespaceDeclarationSyntax>());
        Assert.Equal("Company.Product", ns.Name.ToString());
        Assert.Equal(new[] { "ShopErrorCode", "ShopErrorCodes", "ShopException" }, ns.Members.OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToArray());

        EnumDeclarationSyntax enumeration = ns.Members.OfType<EnumDeclarationSyntax>().Single();
        Assert.Equal(
            new[] { "ChannelNotFound = 250100", "AuthenticationFail = -102", "Invalid = 7", "ChannelMissing = 250100" },
            enumeration.Members.Select(m => m.Identifier.ValueText + " = " + m.EqualsValue!.Value).ToArray());

        ClassDeclarationSyntax exception = ns.Members.OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.ValueText == "ShopException");
        Assert.Equal("global::ErrorCodes.ErrorCodeException", Assert.Single(exception.BaseList!.Types).Type.ToString());
        Assert.Equal("Company.Product.Shop.ErrorCodes.g.cs", DomainEmitter.HintName(Shop()));
    }

    [Fact]
    public void Every_public_member_has_an_xml_summary()
    {
        CompilationUnitSyntax root = Parse(DomainEmitter.Emit(Shop(), new EmitSettings(true, true)));

        var undocumented = root.DescendantNodes()
            .OfType<MemberDeclarationSyntax>()
            .Where(m => m is not BaseNamespaceDeclarationSyntax)
            .Where(m => m.Modifiers.Any(SyntaxKind.PublicKeyword) || m is EnumMemberDeclarationSyntax)
            .Where(m => !m.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) && t.ToString().Contains("<summary>", StringComparison.Ordinal)))
            .Select(m => m.ToString().Split('\n')[0])
            .ToList();
        Assert.Empty(undocumented);
    }

    [Fact]
    public void Format_helpers_take_one_argument_per_index_and_only_primaries_get_a_culture_overload()
    {
        CompilationUnitSyntax root = Parse(DomainEmitter.Emit(Shop(), new EmitSettings(true, true)));

        var helpers = Methods(root, "ShopErrorCodes")
            .Where(m => m.Identifier.ValueText.StartsWith("Format", StringComparison.Ordinal))
            .Select(m => m.Identifier.ValueText + "<" + (m.TypeParameterList?.Parameters.Count ?? 0) + ">(" + string.Join(", ", m.ParameterList.Parameters.Select(p => p.Type + " " + p.Identifier)) + ")")
            .ToArray();
        Assert.Equal(
            new[]
            {
                "FormatChannelNotFound<1>(T0 arg0)",
                "FormatInvalid<2>(T0 arg0, T1 arg1)",
                "FormatChannelMissing<1>(T0 arg0)",
                "FormatChannelNotFound<1>(global::System.Globalization.CultureInfo? culture, T0 arg0)",
                "FormatInvalid<2>(global::System.Globalization.CultureInfo? culture, T0 arg0, T1 arg1)",
            },
            helpers);

        // The helpers are declared with nullable annotations off (their parameters are type parameters or value
        // types); the culture overloads, whose culture may be null, after them with annotations on again.
        Assert.Equal(
            new[] { "enable", "disable", "enable" },
            root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.NullableDirectiveTrivia))
                .Select(t => ((NullableDirectiveTriviaSyntax)t.GetStructure()!).SettingToken.ValueText).ToArray());

        // A row's exception is Create(code, Format<Member>(...)): the exception declares no method per row.
        Assert.Equal(
            new[] { "Create", "FromCode" },
            Methods(root, "ShopException").Select(m => m.Identifier.ValueText).Where(name => name != "ToProblemDetails").Distinct().OrderBy(name => name, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Tables_are_sorted_by_code_and_All_keeps_catalog_order_without_aliases()
    {
        CompilationUnitSyntax root = Parse(DomainEmitter.Emit(Shop(), new EmitSettings(true, true)));

        Assert.Equal(new[] { "-102", "7", "250100" }, ArrayField(root, "s_codes"));
        Assert.Equal(new[] { "Authentication Fail", "INVALID", "CHANNEL_NOT_FOUND" }, TextTable(root, "s_names"));
        Assert.Equal(new[] { "AuthenticationFail", "Invalid", "ChannelNotFound" }, TextTable(root, "s_memberNames"));
        Assert.Equal(new[] { null, null, "Channel" }, TextTable(root, "s_categories"));
        Assert.Equal(new[] { "250100", "-102", "7" }, ArrayField(root, "s_catalogOrder"));
    }

    /// <summary>
    /// The entries of a text table, written as one literal split at a separator (SplitTable), with empty entries as
    /// null when wrapped in EmptyToNull.
    /// </summary>
    private static string?[] TextTable(SyntaxNode root, string name)
    {
        VariableDeclaratorSyntax field = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == name);
        InvocationExpressionSyntax split = field.Initializer!.Value.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
            .Single(call => call.Expression.ToString() == "SplitTable");
        string text = (string)((LiteralExpressionSyntax)split.ArgumentList.Arguments[0].Expression).Token.Value!;
        char separator = (char)((LiteralExpressionSyntax)split.ArgumentList.Arguments[1].Expression).Token.Value!;
        bool emptyIsNull = field.Initializer.Value is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "EmptyToNull" } };
        return text.Split(separator).Select(entry => emptyIsNull && entry.Length == 0 ? null : entry).ToArray();
    }

    private static string[] ArrayField(SyntaxNode root, string name)
    {
        VariableDeclaratorSyntax field = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == name);
        InitializerExpressionSyntax initializer = field.Initializer!.Value.DescendantNodesAndSelf().OfType<InitializerExpressionSyntax>().First();
        return initializer.Expressions.Select(e => e.ToString()).ToArray();
    }

    [Fact]
    public void Codes_without_gaps_are_found_by_offset_and_codes_with_gaps_through_slots()
    {
        DomainModel contiguous = Shop("N", Member(4, "A", "A"), Member(5, "B", "B"), Member(3, "C", "C"));
        DomainModel gapped = Shop("N", Member(4, "A", "A"), Member(6, "B", "B"));
        DomainModel sparse = Shop("N", Member(4, "A", "A"), Member(6, "B", "B"), Member(8000, "C", "C"));
        DomainModel spread = Shop("N", Member(4, "A", "A"), Member(6, "B", "B"), Member(100_000, "C", "C"));

        string offset = IndexOfBody(DomainEmitter.Emit(contiguous, new EmitSettings(true, true)));
        string direct = IndexOfBody(DomainEmitter.Emit(gapped, new EmitSettings(true, true)));
        string sparseDirect = IndexOfBody(DomainEmitter.Emit(sparse, new EmitSettings(true, true)));
        string hashed = IndexOfBody(DomainEmitter.Emit(spread, new EmitSettings(true, true)));

        Assert.Contains("unchecked(code - 3)", offset, StringComparison.Ordinal);
        Assert.DoesNotContain("slots", offset, StringComparison.Ordinal);
        // 4..6 is three slots for two codes: one slot per code in the range, a byte each for so few codes.
        Assert.Contains("unchecked(code - 4)", direct, StringComparison.Ordinal);
        Assert.Contains("byte[] slots = s_slots;", direct, StringComparison.Ordinal);
        Assert.DoesNotContain("while", direct, StringComparison.Ordinal);
        // 4..8000 is far wider than three codes, but 7,997 one-byte slots still fit the direct table's budget.
        Assert.Contains("byte[] slots = s_slots;", sparseDirect, StringComparison.Ordinal);
        Assert.DoesNotContain("while", sparseDirect, StringComparison.Ordinal);
        // 4..100000 is beyond it: a hash table.
        Assert.Contains("HashSlot(code)", hashed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_widest_code_range_is_not_mistaken_for_a_gap_free_one()
    {
        // int.MinValue..int.MaxValue with two members: the distance overflows int, so it must be computed in long.
        DomainModel extremes = Shop("N", Member(int.MinValue, "MIN", "Min"), Member(int.MaxValue, "MAX", "Max"));

        Assert.Contains("HashSlot(code)", IndexOfBody(DomainEmitter.Emit(extremes, new EmitSettings(true, true))), StringComparison.Ordinal);
    }

    private static string IndexOfBody(string source)
        => Parse(source).DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "IndexOf").Body!.ToString();

    [Fact]
    public void Without_nullable_annotations_no_annotation_or_directive_is_written()
    {
        string source = DomainEmitter.Emit(Shop(), new EmitSettings(NullableAnnotations: false, HasRuntime: true));
        CompilationUnitSyntax root = Parse(source);

        Assert.DoesNotContain("#nullable", source, StringComparison.Ordinal);
        // Nullable value types (int?, ErrorSeverity?) are C# 2; only reference-type annotations need C# 8.
        Assert.DoesNotContain(root.DescendantNodes().OfType<NullableTypeSyntax>(), n => n.ElementType.ToString() is not ("int" or "global::ErrorCodes.ErrorSeverity"));

        SyntaxTree csharp73 = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp7_3));
        Assert.Empty(csharp73.GetDiagnostics());
    }

    [Fact]
    public void Empty_namespace_puts_the_types_at_the_top_level()
    {
        DomainModel global = Shop(string.Empty);
        CompilationUnitSyntax root = Parse(DomainEmitter.Emit(global, new EmitSettings(true, true)));

        Assert.Empty(root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>());
        Assert.Equal(new[] { "ShopErrorCode", "ShopErrorCodes", "ShopException" }, root.Members.OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToArray());
        Assert.Equal("Shop.ErrorCodes.g.cs", DomainEmitter.HintName(global));
        Assert.Contains("all[i] = (global::ShopErrorCode)s_catalogOrder[i];", root.ToFullString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_text_reaches_the_code_only_as_literals_and_documentation()
    {
        const string hostile = "\"; } class Injected { void M() { /* \u2028#error x";
        DomainModel model = Shop("N", Member(1, hostile, "Safe", hostile, hostile, hostile, category: hostile));

        CompilationUnitSyntax root = Parse(DomainEmitter.Emit(model, new EmitSettings(true, true)));

        Assert.DoesNotContain(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>(), t => t.Identifier.ValueText == "Injected");
        Assert.DoesNotContain(root.DescendantTrivia(), t => t.IsKind(SyntaxKind.ErrorDirectiveTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia));
        Assert.Contains(root.DescendantTokens(), t => t.IsKind(SyntaxKind.StringLiteralToken) && t.ValueText == hostile);
    }

    [Fact]
    public void Emitting_the_same_model_twice_gives_the_same_text()
    {
        Assert.Equal(
            DomainEmitter.Emit(Shop(), new EmitSettings(true, true)),
            DomainEmitter.Emit(Shop(), new EmitSettings(true, true)));
    }

    [Fact]
    public void With_System_Text_Json_older_than_6_the_converter_has_no_dictionary_key_overrides()
    {
        string withKeys = DomainEmitter.Emit(Shop(), new EmitSettings(true, true, HasSystemTextJson: true, HasJsonPropertyNames: true));
        string withoutKeys = DomainEmitter.Emit(Shop(), new EmitSettings(true, true, HasSystemTextJson: true, HasJsonPropertyNames: false));

        Assert.Contains("ReadAsPropertyName", withKeys, StringComparison.Ordinal);
        Assert.DoesNotContain("AsPropertyName", withoutKeys, StringComparison.Ordinal);
        Assert.Contains("JsonConverter<global::Company.Product.ShopErrorCode>", withoutKeys, StringComparison.Ordinal);
        Assert.Empty(CSharpSyntaxTree.ParseText(withoutKeys).GetDiagnostics());
    }
}
