using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The generated files and the diagnostics are byte for byte the same whatever the current culture (invariant or
/// tr-TR, whose dotted and dotless i break naive case conversion), the files' line endings (LF or CRLF), a UTF-8
/// byte-order mark or none (stripped when the file is decoded, or kept in the text a host hands over), the order in
/// which the files arrive, and the run (a second run of the same input); also all of these at once. The catalogs are
/// the seeds plus one that draws warnings, so diagnostics are compared too, by ID, place and message.
/// </summary>
public class DeterminismTests
{
    private static readonly Catalog Troubled = Catalog.Csv(
        "/p/troubled.csv",
        "code,name,message,message.tr-TR,mesage",
        "1,INVALID_ID,Invalid id {0} {1},Geçersiz kimlik {0} {1},x",
        "2,id is missing,i and I {x},ı ve İ {x},x",
        "3,FILE_IS_INSIDE,İstanbul ıi,İstanbul,x",
        "1,ILLEGAL,{0:N2},{0:N2},x",
        "4,file-is-inside,{0} and {2},{0} ve {2},x",
        "5,3G_DISABLED,{0,ok,x",
        "6,ILLEGAL_ARGUMENT,Illegal {0},Geçersiz {0},x");

    private static IReadOnlyList<Catalog> Catalogs() => SeedCatalogs.All().Append(Troubled).ToList();

    [Fact]
    public void The_troubled_catalog_does_draw_warnings_so_diagnostics_are_really_compared()
    {
        Output output = Run(Catalogs(), crlf: false, bom: false);

        Assert.True(output.Diagnostics.Count >= 6, string.Join("\n", output.Diagnostics));
        Assert.Equal(SeedCatalogs.FileNames.Length + 1, output.Sources.Count);
    }

    [Fact]
    public void Output_is_the_same_across_two_runs()
        => AssertSame(Run(Catalogs(), crlf: false, bom: false), Run(Catalogs(), crlf: false, bom: false));

    [Fact]
    public void Output_is_the_same_under_the_Turkish_and_the_invariant_culture()
    {
        Output invariant = WithCulture(CultureInfo.InvariantCulture, () => Run(Catalogs(), crlf: false, bom: false));
        Output turkish = WithCulture(new CultureInfo("tr-TR"), () => Run(Catalogs(), crlf: false, bom: false));

        AssertSame(invariant, turkish);
        string troubled = invariant.Sources["TestApp.Troubled.ErrorCodes.g.cs"];
        Assert.Contains("InvalidId = 1,", troubled, StringComparison.Ordinal);
        Assert.Contains("IdIsMissing = 2,", troubled, StringComparison.Ordinal);
        Assert.Contains("FileIsInside = 3,", troubled, StringComparison.Ordinal);
        Assert.Contains("IllegalArgument = 6,", troubled, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_the_same_with_CRLF_and_LF_line_endings()
    {
        // The seeds have LF line endings and several records, so the comparison really changes something.
        Assert.Contains(Catalogs(), catalog => !catalog.Text.Contains('\r') && RecordBreaksToCrlf(catalog.Text) != catalog.Text);

        AssertSame(Run(Catalogs(), crlf: false, bom: false), Run(Catalogs(), crlf: true, bom: false));
    }

    [Fact]
    public void Output_is_the_same_with_and_without_a_byte_order_mark()
    {
        Output plain = Run(Catalogs(), crlf: false, bom: false);

        AssertSame(plain, Run(Catalogs(), crlf: false, bom: true));

        // A mark kept in the text is one more character on the first line, which moves a diagnostic there by a column,
        // so this case uses the seeds alone, whose only diagnostics (SQL Server's own substitutions) are on later lines.
        Output seeds = Run(SeedCatalogs.All(), crlf: false, bom: false);
        Assert.Equal(SeedCatalogs.DiagnosticsOf(SeedCatalogs.All()).Count, seeds.Diagnostics.Count);
        Assert.DoesNotContain(seeds.Diagnostics, diagnostic => diagnostic.Contains(".csv(0,", StringComparison.Ordinal));
        AssertSame(seeds, Run(SeedCatalogs.All(), crlf: false, bom: false, bomKeptInText: true));
    }

    [Fact]
    public void Output_is_the_same_whatever_the_order_the_files_arrive_in()
    {
        Output given = Run(Catalogs(), crlf: false, bom: false);
        var random = new Random(7);
        for (int i = 0; i < 5; i++)
        {
            AssertSame(given, Run(Catalogs().OrderBy(_ => random.Next()).ToList(), crlf: false, bom: false));
        }

        AssertSame(given, Run(Catalogs().Reverse().ToList(), crlf: false, bom: false));
    }

    [Fact]
    public void Output_is_the_same_with_every_variation_at_once()
    {
        Output plain = WithCulture(CultureInfo.InvariantCulture, () => Run(Catalogs(), crlf: false, bom: false));
        Output varied = WithCulture(new CultureInfo("tr-TR"), () => Run(Catalogs().Reverse().ToList(), crlf: true, bom: true));

        AssertSame(plain, varied);
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        using (new CultureScope(culture, culture))
        {
            return action();
        }
    }

    /// <summary>
    /// Runs the generator over the catalogs given as UTF-8 bytes, decoded as the compiler decodes files; or, with
    /// <paramref name="bomKeptInText"/>, given as text that still starts with the byte-order mark, as a host that
    /// does not strip it would hand it over.
    /// </summary>
    private static Output Run(IReadOnlyList<Catalog> catalogs, bool crlf, bool bom, bool bomKeptInText = false)
    {
        var files = catalogs.Select(catalog =>
        {
            string text = crlf ? RecordBreaksToCrlf(catalog.Text) : catalog.Text;
            if (bomKeptInText)
            {
                return (AdditionalText)new InMemoryAdditionalText(catalog.Path, "\uFEFF" + text);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text);
            return (AdditionalText)new EncodedAdditionalText(catalog.Path, bom ? Encoding.UTF8.GetPreamble().Concat(bytes).ToArray() : bytes);
        });
        // The item metadata (the string-coded seed's ErrorCodesCodeType) goes with each file, as a build passes it.
        GenerationResult result = GeneratorProbe.Run(files, options: GeneratorHarness.OptionsFor(catalogs));
        Assert.Null(result.RunResult.Results.Single().Exception);

        // The order in which diagnostics are reported is the driver's business; what each says and where is ours.
        List<string> diagnostics = result.GeneratorDiagnostics
            .Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                return $"{d.Id} {d.Severity} {span.Path}{span.Span} {d.GetMessage(CultureInfo.InvariantCulture)}";
            })
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        Dictionary<string, byte[]> sources = result.RunResult.Results.Single().GeneratedSources
            .ToDictionary(source => source.HintName, source => Encoding.UTF8.GetBytes(source.SourceText.ToString()));
        return new Output(sources.ToDictionary(pair => pair.Key, pair => Encoding.UTF8.GetString(pair.Value)), sources, diagnostics);
    }

    private static void AssertSame(Output expected, Output actual)
    {
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.Bytes.Keys.OrderBy(k => k, StringComparer.Ordinal), actual.Bytes.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach ((string hintName, byte[] bytes) in expected.Bytes)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual.Bytes[hintName]), hintName + " differs.");
        }
    }

    /// <summary>LF to CRLF between records; a break inside a quoted cell is the vendor's text and stays as it is.</summary>
    private static string RecordBreaksToCrlf(string text)
    {
        var builder = new StringBuilder(text.Length + 64);
        bool inQuotes = false;
        foreach (char c in text)
        {
            inQuotes ^= c == '"';
            if (c == '\n' && !inQuotes)
            {
                builder.Append('\r');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private sealed record Output(Dictionary<string, string> Sources, Dictionary<string, byte[]> Bytes, List<string> Diagnostics);
}
