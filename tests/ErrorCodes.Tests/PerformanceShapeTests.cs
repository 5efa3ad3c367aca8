using System;
using System.Globalization;
using System.Linq;
using ErrorCodes.Generator.Emit;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Reading;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The shapes the emitter picks for speed must not change what the code does: format helpers give the same text
/// whether they write through DefaultInterpolatedStringHandler (.NET 6 and later) or concatenate ToText pieces
/// (netstandard2.0), and each lookup shape (offset, direct slots, hash table) finds every code and nothing else.
/// </summary>
public class PerformanceShapeTests
{
    private const string TemplatesCsv = """
        code,name,message
        1,TWO,Item {0} of {1}.
        2,REPEATED,{0}-{0}|{1}
        3,ALONE,{0}
        4,BRACES,"{""a"": {0}} {{1}} {1}"
        5,REVERSED,{1} before {0}
        6,THREE,{2}/{0}/{1}/{2}!
        """;

    private static GeneratedDomain CompileTemplates(bool handler) => Compile("Templates", TemplatesCsv, handler);

    /// <summary>Emits a catalog with the given settings (not those of the test compilation) and loads the result.</summary>
    private static GeneratedDomain Compile(string domainName, string csv, bool handler = true)
    {
        CsvTable table = CsvTableReader.Read("/p/" + domainName + ".csv", SourceText.From(csv), default);
        CatalogResult catalog = CatalogBuilder.Build(table, new CatalogSettings(domainName, null, GeneratorHarness.DefaultRootNamespace));
        Assert.Empty(catalog.Diagnostics);
        string source = DomainEmitter.Emit(catalog.Domain!, new EmitSettings(NullableAnnotations: true, HasRuntime: true, HasInterpolatedStringHandler: handler));
        Assert.Equal(handler && csv.Contains("{0}", StringComparison.Ordinal), source.Contains("DefaultInterpolatedStringHandler", StringComparison.Ordinal));

        var result = new GenerationResult(
            GeneratorHarness.CreateDriver(Array.Empty<Catalog>()),
            GeneratorHarness.CreateCompilation(source),
            System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>.Empty);
        return GeneratedDomain.Find(result.Load(), GeneratorHarness.DefaultRootNamespace, domainName);
    }

    public static TheoryData<object?, object?> Arguments => new()
    {
        { "abc", 42 },
        { null, -7 },
        { 3.5, 1234567890123L },
        { 2.5m, new DateTime(2026, 11, 22, 3, 4, 5) },
        { Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), DayOfWeek.Sunday },
        { new Money(12.5m), new object() },
        { true, 'x' },
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Format_helpers_give_the_same_text_with_and_without_the_interpolated_string_handler(object? first, object? second)
    {
        GeneratedDomain withHandler = CompileTemplates(handler: true);
        GeneratedDomain withConcat = CompileTemplates(handler: false);

        // A culture with a decimal comma, so that culture-sensitive formatting shows.
        using (new CultureScope(new CultureInfo("fr-FR")))
        {
            foreach ((string member, string template) in new[] { ("Two", "Item {0} of {1}."), ("Repeated", "{0}-{0}|{1}"), ("Braces", "{{\"a\": {0}}} {{{1}}} {1}"), ("Reversed", "{1} before {0}") })
            {
                string expected = string.Format(CultureInfo.CurrentCulture, template, first, second);
                Assert.Equal(expected, withHandler.Format(member, first, second));
                Assert.Equal(expected, withConcat.Format(member, first, second));
            }

            // Three arguments used four times, out of order: the shared Fill of four values, and more than four
            // strings to join without the handler.
            string filled = string.Format(CultureInfo.CurrentCulture, "{2}/{0}/{1}/{2}!", first, second, "third");
            Assert.Equal(filled, withHandler.Format("Three", first, second, "third"));
            Assert.Equal(filled, withConcat.Format("Three", first, second, "third"));

            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "{0}", first), withHandler.Format("Alone", first));
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "{0}", first), withConcat.Format("Alone", first));
        }
    }

    [Fact]
    public void A_helper_with_more_placeholders_than_the_stack_buffer_guesses_for_fills_them_all()
    {
        // Twenty placeholders: more than 16 characters each would take the whole 256-character stack buffer, so
        // Fill starts at 256 and the handler grows past it for the long arguments.
        string template = string.Concat(Enumerable.Range(0, 20).Select(i => "<{" + i.ToString(CultureInfo.InvariantCulture) + "}>"));
        GeneratedDomain withHandler = Compile("Many", "code,name,message\n1,MANY," + template + "\n", handler: true);
        GeneratedDomain withConcat = Compile("Many", "code,name,message\n1,MANY," + template + "\n", handler: false);
        object?[] arguments = Enumerable.Range(0, 20).Select(i => (object?)(i % 2 == 0 ? new string('x', 30 + i) : i * 1000003)).ToArray();

        string expected = string.Format(CultureInfo.CurrentCulture, template, arguments);
        Assert.Equal(expected, withHandler.Format("Many", arguments));
        Assert.Equal(expected, withConcat.Format("Many", arguments));
    }

    [Fact]
    public void The_handler_shape_compiles_without_a_warning_in_CSharp_7_3_on_a_framework_that_has_the_handler()
    {
        // LangVersion 7.3 on .NET 6 or later is rare but legal: stackalloc into Span<char> and a ref struct local
        // are C# 7.2, so the faster shape needs nothing newer.
        CsvTable table = CsvTableReader.Read("/p/Templates.csv", SourceText.From(TemplatesCsv), default);
        DomainModel domain = CatalogBuilder.Build(table, new CatalogSettings("Templates", null, GeneratorHarness.DefaultRootNamespace)).Domain!;
        string source = DomainEmitter.Emit(domain, new EmitSettings(NullableAnnotations: false, HasRuntime: true, HasInterpolatedStringHandler: true));
        var parseOptions = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, Microsoft.CodeAnalysis.DocumentationMode.Diagnose);

        var compilation = GeneratorHarness.CreateCompilation(source, parseOptions: parseOptions, options: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));

        Assert.Contains("DefaultInterpolatedStringHandler", source, StringComparison.Ordinal);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    /// <summary>Formats itself differently with and without a format provider, to catch a path that skips IFormattable.</summary>
    private readonly struct Money : IFormattable
    {
        private readonly decimal _amount;

        public Money(decimal amount) => _amount = amount;

        public string ToString(string? format, IFormatProvider? formatProvider) => "EUR " + _amount.ToString(format, formatProvider);

        public override string ToString() => "money";
    }

    [Theory]
    [InlineData("offset", new[] { 5, 6, 7, 8, 9 })]
    [InlineData("direct", new[] { 10, 12, 13, 19, 21, 25 })]
    [InlineData("hash", new[] { int.MinValue, -1_000_000, -412, -1, 0, 1, 404, 65_536, 1_000_003, int.MaxValue })]
    [InlineData("hash", new[] { 0, 1 << 20, 2 << 20, 3 << 20, 4 << 20, 5 << 20, 6 << 20, 7 << 20 })]
    // Sparse, but its one-byte slots from the first code to the last fit the direct table's budget (as SQLite's codes).
    [InlineData("direct", new[] { -3000, -1, 0, 1, 100, 2570, 8458 })]
    [InlineData("direct", new[] { int.MinValue, int.MinValue + 2, int.MinValue + 9000 })]
    [InlineData("direct", new[] { int.MaxValue - 9000, int.MaxValue - 1, int.MaxValue })]
    public void Every_lookup_shape_finds_each_code_and_nothing_else(string shape, int[] codes)
    {
        FindsEachCodeAndNothingElse(shape, codes);
    }

    [Theory]
    // More than 255 codes: two-byte slots, in a direct table and in a hash table.
    [InlineData("direct", 300, -450, 3)]
    [InlineData("hash", 300, -150_000, 1_000)]
    public void Lookups_with_wider_slots_find_each_code_and_nothing_else(string shape, int count, int first, int step)
    {
        int[] codes = Enumerable.Range(0, count).Select(i => first + (i * step)).ToArray();
        FindsEachCodeAndNothingElse(shape, codes);
    }

    private static void FindsEachCodeAndNothingElse(string shape, int[] codes)
    {
        string csv = "code,name,message\n" + string.Join("\n", codes.Select((code, i) => code.ToString(CultureInfo.InvariantCulture) + ",NAME_" + i + ",Message " + i)) + "\n";
        CsvTable table = CsvTableReader.Read("/p/shape.csv", SourceText.From(csv), default);
        string source = DomainEmitter.Emit(CatalogBuilder.Build(table, new CatalogSettings("Shape", null, "TestApp")).Domain!, new EmitSettings(true, true, true));
        Assert.Contains(
            shape switch { "offset" => "? offset : -1", "direct" => "slots[offset] - 1", _ => "HashSlot(code)" },
            source,
            StringComparison.Ordinal);
        if (shape != "offset")
        {
            // The smallest slot that holds a position plus one.
            Assert.Contains((codes.Length <= byte.MaxValue ? "byte" : "ushort") + "[] slots = s_slots;", source, StringComparison.Ordinal);
        }

        GeneratedDomain domain = Compile("Shape", csv);
        var defined = codes.ToHashSet();
        var probes = codes
            .SelectMany(code => new long[] { code, (long)code - 1, (long)code + 1, (long)code + 7, (long)code - (1L << 20) })
            .Concat(new long[] { int.MinValue, int.MaxValue, 0, -1 })
            .Where(probe => probe >= int.MinValue && probe <= int.MaxValue)
            .Select(probe => (int)probe)
            .Distinct();
        foreach (int probe in probes)
        {
            bool found = domain.TryFromCode(probe, out object value);
            Assert.True(found == defined.Contains(probe), probe + (found ? " was found" : " was not found"));
            Assert.Equal(defined.Contains(probe), domain.IsDefined(probe));
            if (found)
            {
                Assert.Equal(probe, Convert.ToInt32(value, CultureInfo.InvariantCulture));
                Assert.Equal("NAME_" + Array.IndexOf(codes, probe), domain.GetName(value));
            }
        }
    }
}
