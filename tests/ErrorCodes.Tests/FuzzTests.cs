using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace ErrorCodes.Tests;

/// <summary>
/// Thousands of generated and mutated catalogs: random bytes, random CSV punctuation, valid catalogs with codes at
/// the 32-bit boundaries, and those catalogs (and the seed catalogs) truncated, cut, flooded with quotes and line
/// breaks, given huge fields and stray NULs. For every case the generator must finish without an exception, without
/// EC1099 and without CS8785, and when it reports no error the generated code must compile without an error or a
/// warning and declare no name too long for .NET metadata.
/// </summary>
/// <remarks>
/// Everything comes from one fixed seed, so a failure repeats on every run; the failure message names the seed, the
/// case number, how the case was made and its text. Generating costs about 4 ms a case and compiling about 35 ms
/// (each domain brings some forty methods to bind and document, compiled side by side in batches, each case with a
/// domain of its own). Every case without an error diagnostic is compiled (about 350 of 2,000); of the cases with
/// an error that still generate code for their valid rows, every tenth is compiled too (about 120), because the
/// code kept for the valid rows must not drown the user in follow-on errors either. The whole test took 16 s on a
/// two-core machine under a load of 8, and 44 s under a load of 20.
/// </remarks>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261122;
    private const int CaseCount = 2000;

    /// <summary>Every tenth case that has an error but still generates code is compiled; see the remarks.</summary>
    private const int CompileErroneousEvery = 10;

    private const int CompileBatchSize = 40;

    private static readonly string[] Words =
    {
        "CHANNEL", "NOT", "FOUND", "invalid", "Format", "user id", "e-mail", "3G", "404", "class", "value__", "İstanbul",
        "ıi", "채널", "オーバー", "x", "_", "", " ", "???", "A_B", "a-b", "Ⅻ", "Cafe\u0301", "\u200D", "ToString", "GetMessage",
    };

    private static readonly string[] Texts =
    {
        "plain", "{0}", "{0} and {1}", "{1} before {0}", "{0} and {2}", "{9999}", "{12345}", "{0", "{x}", "{ 0}", "{-1}",
        "{0:N2}", "{\"key\": {0}}", "{{0}}", "say \"hi\"", "a, b", "line\nbreak", "crlf\r\nbreak", "\0", "\uD800",
        "</summary>", "*/", "#if X", "\u2028", "오류 {0}", "",
    };

    /// <summary>Names and texts that never make an error by themselves, for catalogs meant to compile.</summary>
    private static readonly string[] CleanWords = { "CHANNEL", "NOT", "FOUND", "invalid", "Format", "user id", "e-mail", "İstanbul", "채널", "ToString", "A_B" };

    private static readonly string[] CleanTexts = { "plain", "{0}", "{0} and {1}", "{1} before {0}", "{0:N2}", "{x}", "{\"key\": {0}}", "a, b", "line\nbreak", "</summary>", "*/", "#if X", "오류 {0}", "" };

    private static readonly string[] CleanCodes = { "0", "-0", "+5", " 7 ", "2147483647", "-2147483648", "-1" };

    private static readonly string[] BoundaryCodes =
    {
        "0", "-0", "+5", " 7 ", "2147483647", "-2147483648", "2147483648", "-2147483649", "4294967296",
        "99999999999999999999", "1e3", "0x1F", "1.5", "", "-", "٣", "１",
    };

    [Fact]
    public void Thousands_of_broken_catalogs_never_break_the_generator_and_whatever_it_generates_compiles()
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        var compilable = new List<(FuzzCase Case, ImmutableArray<SyntaxTree> Trees)>();
        int withErrors = 0;
        int compilableCount = 0;
        int erroneousCompiled = 0;
        var seen = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        Compilation empty = GeneratorHarness.CreateCompilation();

        for (int number = 0; number < CaseCount; number++)
        {
            FuzzCase fuzzCase = MakeCase(random, number);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<Catalog>(), parseOptions: parseOptions)
                .AddAdditionalTexts(ImmutableArray.Create(fuzzCase.File));
            driver = driver.RunGenerators(empty);
            GeneratorDriverRunResult run = driver.GetRunResult();
            GeneratorRunResult result = run.Results.Single();

            List<Diagnostic> broken = run.Diagnostics.Where(d => d.Id is "EC1099" or "CS8785").ToList();
            if (result.Exception is not null || broken.Count != 0)
            {
                failures.Add(Describe(fuzzCase, "the generator failed: " + (result.Exception?.ToString() ?? string.Join("; ", broken))));
                continue;
            }

            foreach (Diagnostic diagnostic in run.Diagnostics)
            {
                seen[diagnostic.Id] = seen.TryGetValue(diagnostic.Id, out int count) ? count + 1 : 1;
            }

            if (run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                withErrors++;
                if (!run.GeneratedTrees.IsEmpty && withErrors % CompileErroneousEvery == 0)
                {
                    compilable.Add((fuzzCase, run.GeneratedTrees));
                    erroneousCompiled++;
                }

                continue;
            }

            compilableCount++;
            compilable.Add((fuzzCase, run.GeneratedTrees));
        }

        foreach (var batch in compilable.Chunk(CompileBatchSize))
        {
            Compilation compilation = empty.AddSyntaxTrees(batch.SelectMany(item => item.Trees));
            var problems = compilation.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .GroupBy(d => d.Location.SourceTree)
                .ToList();
            foreach (var item in batch)
            {
                // Emitting would find names too long for metadata (CS7013) but costs twice the binding; the names
                // are checked directly instead.
                string? tooLong = NameTooLongForMetadata(item.Trees);
                if (tooLong is not null)
                {
                    failures.Add(Describe(item.Case, "the generated code declares a name .NET metadata cannot hold: " + tooLong));
                }
            }

            foreach (var group in problems)
            {
                var owner = batch.FirstOrDefault(item => item.Trees.Contains(group.Key!));
                string what = "the generated code does not compile cleanly: " + string.Join("; ", group.Take(3));
                failures.Add(owner.Case is null ? what : Describe(owner.Case, what));
            }
        }

        output.WriteLine($"Seed {Seed}: {CaseCount} cases, {withErrors} with an error diagnostic, {compilableCount} without (all compiled), {erroneousCompiled} with an error compiled too.");
        output.WriteLine("Diagnostics met: " + string.Join(", ", seen.Select(pair => pair.Key + " x" + pair.Value)));
        Assert.True(failures.Count == 0, $"Seed {Seed}: {failures.Count} failing cases:\n" + string.Join("\n\n", failures.Take(5)));
        // The mix must exercise both sides: catalogs the generator refuses and catalogs whose code gets compiled.
        Assert.True(withErrors > CaseCount / 10, "Too few cases with errors: " + withErrors);
        Assert.True(compilableCount > CaseCount / 10, "Too few cases without errors: " + compilableCount);
        Assert.True(erroneousCompiled > CaseCount / 40, "Too few cases with errors compiled: " + erroneousCompiled);
    }

    /// <summary>The first declared name (a type with its namespace) beyond the 1,023 UTF-8 bytes of a metadata name, or null.</summary>
    private static string? NameTooLongForMetadata(ImmutableArray<SyntaxTree> trees)
    {
        foreach (SyntaxTree tree in trees)
        {
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                string? name = node switch
                {
                    BaseTypeDeclarationSyntax type => (type.Parent is BaseNamespaceDeclarationSyntax ns ? ns.Name + "." : string.Empty) + type.Identifier.ValueText,
                    MethodDeclarationSyntax method => method.Identifier.ValueText,
                    EnumMemberDeclarationSyntax member => member.Identifier.ValueText,
                    _ => null,
                };
                if (name is not null && Encoding.UTF8.GetByteCount(name) > 1023)
                {
                    return name.Substring(0, 60) + "...";
                }
            }
        }

        return null;
    }

    private static string Describe(FuzzCase fuzzCase, string problem)
    {
        string text = fuzzCase.Text.Length > 2000 ? fuzzCase.Text.Substring(0, 2000) + "..." : fuzzCase.Text;
        return $"case {fuzzCase.Number} ({fuzzCase.Kind}), seed {Seed}: {problem}\ninput: {SymbolDisplay.FormatLiteral(text, quote: true)}";
    }

    private static FuzzCase MakeCase(Random random, int number)
    {
        // Each case has a domain of its own so that the generated code of many cases compiles side by side. The
        // letters after the number keep one case's category types apart from another case's domain types: with
        // "case11" and "case110", the category "0" of the first would make the exception type of the second.
        string path = "/fuzz/f" + number.ToString(CultureInfo.InvariantCulture) + "-case.csv";
        switch (number % 6)
        {
            case 0:
            {
                var bytes = new byte[random.Next(0, 600)];
                random.NextBytes(bytes);
                if (random.Next(3) == 0)
                {
                    bytes = Encoding.UTF8.GetPreamble().Concat(bytes).ToArray();
                }

                string decoded = Encoding.UTF8.GetString(bytes);
                return new FuzzCase(number, "random bytes", decoded, new EncodedAdditionalText(path, bytes));
            }

            case 1:
                return Text(number, path, "random CSV punctuation", "code,name,message\n" + RandomPunctuation(random, random.Next(1, 400)));
            case 2:
                return Text(number, path, "generated catalog", GenerateCatalog(random, clean: random.Next(3) != 0));
            case 3:
            {
                IReadOnlyList<Catalog> seeds = SeedCatalogs.All();
                string seed = seeds[random.Next(seeds.Count)].Text;
                (string text, string how) = Mutate(random, seed);
                return Text(number, path, "mutated seed catalog: " + how, text);
            }

            default:
            {
                (string text, string how) = Mutate(random, GenerateCatalog(random, clean: random.Next(2) == 0));
                return Text(number, path, "mutated generated catalog: " + how, text);
            }
        }
    }

    private static FuzzCase Text(int number, string path, string kind, string text)
        => new(number, kind, text, new InMemoryAdditionalText(path, text));

    private static string RandomPunctuation(Random random, int length)
    {
        const string alphabet = "\",\r\n\"\",a1-{}0 \t;_\u00E9";
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    /// <summary>
    /// A catalog of random columns, names, texts and codes at the 32-bit boundaries; a clean one draws only values
    /// that are no error by themselves (it may still repeat codes and names, which are warnings).
    /// </summary>
    private static string GenerateCatalog(Random random, bool clean)
    {
        var columns = new List<string> { "code", "name" };
        foreach (string optional in new[] { "member", "message", "description", "category", "duplicate", "message.ko", "description.ko", "message.pt-BR" })
        {
            if (random.Next(2) == 0)
            {
                columns.Insert(random.Next(columns.Count + 1), optional);
            }
        }

        var lines = new List<string> { string.Join(",", columns) };
        int rows = random.Next(1, 30);
        for (int row = 0; row < rows; row++)
        {
            var cells = columns.Select(column => Quote(clean ? CleanCell(random, column, row) : Cell(random, column, row))).ToList();
            lines.Add(string.Join(",", cells));
        }

        string newline = random.Next(2) == 0 ? "\n" : "\r\n";
        return string.Join(newline, lines) + (random.Next(4) == 0 ? string.Empty : newline);
    }

    private static string Cell(Random random, string column, int row)
    {
        switch (column)
        {
            case "code":
                return random.Next(5) == 0
                    ? BoundaryCodes[random.Next(BoundaryCodes.Length)]
                    : random.Next(8) == 0 ? row.ToString(CultureInfo.InvariantCulture) : random.Next(-1000, 300000).ToString(CultureInfo.InvariantCulture);
            case "name":
                return string.Join(random.Next(2) == 0 ? "_" : " ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)]));
            case "member":
                return random.Next(4) == 0 ? Words[random.Next(Words.Length)] : string.Empty;
            case "duplicate":
                return random.Next(6) == 0 ? (random.Next(2) == 0 ? "true" : "maybe") : string.Empty;
            default:
                return string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Texts[random.Next(Texts.Length)]));
        }
    }

    private static string CleanCell(Random random, string column, int row)
    {
        switch (column)
        {
            case "code":
                return random.Next(5) == 0 ? CleanCodes[random.Next(CleanCodes.Length)] : random.Next(-1000, 300000).ToString(CultureInfo.InvariantCulture);
            case "name":
                return string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => CleanWords[random.Next(CleanWords.Length)])) + "_" + row.ToString(CultureInfo.InvariantCulture);
            case "member":
            case "duplicate":
                return string.Empty;
            default:
                return string.Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => CleanTexts[random.Next(CleanTexts.Length)]));
        }
    }

    /// <summary>RFC 4180 quoting where a cell needs it.</summary>
    private static string Quote(string cell)
        => cell.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    private static (string Text, string How) Mutate(Random random, string text)
    {
        var how = new List<string>();
        int mutations = random.Next(1, 5);
        for (int i = 0; i < mutations; i++)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(10))
            {
                case 0:
                    text = text.Substring(0, at);
                    how.Add("truncated at " + at);
                    break;
                case 1:
                    int length = random.Next(Math.Min(50, text.Length - at) + 1);
                    text = text.Remove(at, length);
                    how.Add("cut " + length + " at " + at);
                    break;
                case 2:
                    text = text.Insert(at, new string('"', random.Next(1, 40)));
                    how.Add("quote storm at " + at);
                    break;
                case 3:
                    text = text.Insert(at, string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => new[] { "\r", "\n", "\r\n", "\n\r" }[random.Next(4)])));
                    how.Add("line break storm at " + at);
                    break;
                case 4:
                    // Mostly fields of thousands of characters; now and then one of 200,000, beyond any buffer size.
                    int size = random.Next(8) == 0 ? 200_000 : random.Next(1000, 10000);
                    text = text.Insert(at, new string((char)random.Next('a', 'z' + 1), size));
                    how.Add("huge field of " + size + " at " + at);
                    break;
                case 5:
                    text = text.Insert(at, RandomPunctuation(random, random.Next(1, 30)));
                    how.Add("punctuation at " + at);
                    break;
                case 6:
                    text = text.Insert(at, random.Next(2) == 0 ? "\0" : "\uFEFF");
                    how.Add("NUL or BOM at " + at);
                    break;
                case 7:
                    string[] lines = text.Split('\n');
                    int line = random.Next(lines.Length);
                    text = string.Join("\n", lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
                    how.Add("line " + line + " repeated");
                    break;
                case 8:
                    text = text.Insert(at, "\n" + BoundaryCodes[random.Next(BoundaryCodes.Length)] + ",BOUNDARY_" + i + ",{0}\n");
                    how.Add("boundary code row at " + at);
                    break;
                default:
                    text = text.Insert(at, ",");
                    how.Add("comma at " + at);
                    break;
            }
        }

        return (text, string.Join(", ", how));
    }

    private sealed record FuzzCase(int Number, string Kind, string Text, AdditionalText File);
}
