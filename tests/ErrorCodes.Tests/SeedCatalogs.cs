using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The seed catalogs of definitions/, as the build copies them to the test output, and their generated code compiled
/// once per test run.
/// </summary>
internal static class SeedCatalogs
{
    /// <summary>A fixed root namespace, so the generated code does not depend on the test project's settings.</summary>
    public const string RootNamespace = "Seeds";

    /// <summary>The catalogs the repository ships; a catalog added to definitions/ must be added here and to its tests.</summary>
    public static readonly string[] FileNames =
    {
        "chat.csv",
        "game-platform.csv",
        "live-commerce-player.csv",
        "live-station.csv",
        "postgres-sqlstate.csv",
        "sql-server-errors.csv",
        "stage.csv",
    };

    /// <summary>
    /// The item metadata <c>ErrorCodesPlaceholderStyle</c> of the seed catalogs not written in the default (.NET)
    /// style, as the sample lists them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PlaceholderStyles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sql-server-errors.csv"] = "printf",
    };

    /// <summary>
    /// The generator's diagnostics that a seed catalog draws, each as <see cref="Describe"/> writes it; a catalog not
    /// listed here draws none. SQL Server writes its own substitutions <c>%S_DATE</c> and <c>%S_MSG</c>, which C
    /// printf does not have: in rows 21, 103, 117 and 131 the <c>%S</c> stays text with EC1033 at its cell.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string[]> ExpectedDiagnostics = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["sql-server-errors.csv"] = new[]
        {
            "EC1033 Warning sql-server-errors.csv(2,50)-(2,52) \"%S\"",
            "EC1033 Warning sql-server-errors.csv(5,19)-(5,21) \"%S\"",
            "EC1033 Warning sql-server-errors.csv(13,19)-(13,21) \"%S\"",
            "EC1033 Warning sql-server-errors.csv(21,42)-(21,44) \"%S\"",
        },
    };

    /// <summary>
    /// The seed catalogs whose codes are strings (<c>23505</c>, <c>42P01</c>): the build gives them the item metadata
    /// <c>ErrorCodesCodeType="string"</c>, and so does <see cref="Load"/>.
    /// </summary>
    private static readonly HashSet<string> StringCoded = new(StringComparer.Ordinal) { "postgres-sqlstate.csv" };

    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> Compiled = new(StringComparer.Ordinal);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "definitions");

    public static TheoryData<string> FileNameData()
    {
        var data = new TheoryData<string>();
        foreach (string fileName in FileNames)
        {
            data.Add(fileName);
        }

        return data;
    }

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>One seed catalog with its item metadata.</summary>
    public static Catalog Load(string fileName) => LoadAs(PathOf(fileName), fileName);

    /// <summary>The <c>ErrorCodesCodeType</c> metadata of a seed catalog: "string" for a string-coded one, else none (int).</summary>
    public static string? CodeTypeOf(string fileName) => StringCoded.Contains(fileName) ? "string" : null;

    public static bool IsStringCoded(string fileName) => StringCoded.Contains(fileName);

    /// <summary>Every seed catalog with its item metadata, each under <c>/defs/</c> and its file name: the same paths on every machine.</summary>
    public static IReadOnlyList<Catalog> All() => FileNames.Select(fileName => LoadAs("/defs/" + fileName, fileName)).ToList();
    /// <summary>The generator's diagnostics that the seed catalog draws, as <see cref="Describe"/> writes them, in file order.</summary>
    public static IReadOnlyList<string> DiagnosticsOf(string fileName)
        => ExpectedDiagnostics.TryGetValue(fileName, out string[]? expected) ? expected : Array.Empty<string>();

    /// <summary>The diagnostics that the given seed catalogs draw together, in file-name order, then file order.</summary>
    public static IReadOnlyList<string> DiagnosticsOf(IEnumerable<Catalog> catalogs)
        => catalogs.Select(catalog => Path.GetFileName(catalog.Path)).OrderBy(name => name, StringComparer.Ordinal).SelectMany(DiagnosticsOf).ToList();

    /// <summary>
    /// Generator diagnostics, each as "ID severity file(line,column)-(line,column) "text"", 1-based, with the text
    /// the diagnostic marks when the file is a seed catalog; in file-name order, then file order.
    /// </summary>
    public static IReadOnlyList<string> Describe(IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .Select(d => (File: Path.GetFileName(d.Location.GetLineSpan().Path), Diagnostic: d))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Diagnostic.Location.SourceSpan.Start)
            .Select(d => Describe(d.Diagnostic, d.File))
            .ToList();

    private static string Describe(Diagnostic diagnostic, string fileName)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string marked = FileNames.Contains(fileName)
            ? File.ReadAllText(PathOf(fileName)).Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length)
            : diagnostic.GetMessage(CultureInfo.InvariantCulture);
        return diagnostic.Id + " " + diagnostic.Severity + " " + fileName
            + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")-("
            + (span.EndLinePosition.Line + 1) + "," + (span.EndLinePosition.Character + 1) + ") \"" + marked + "\"";
    }

    private static Catalog LoadAs(string path, string fileName)
        => new(path, File.ReadAllText(PathOf(fileName)), PlaceholderStyle: PlaceholderStyles.TryGetValue(fileName, out string? style) ? style : null, CodeType: CodeTypeOf(fileName));

    /// <summary>The domain the generator derives from the file name: its words in PascalCase.</summary>
    public static string DomainOf(string fileName)
        => string.Concat(Path.GetFileNameWithoutExtension(fileName).Split('-').Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));

    /// <summary>The generated API of one seed catalog, compiled (without any warning) and loaded on first use.</summary>
    public static GeneratedDomain Generated(string fileName)
    {
        Assembly assembly = Compiled.GetOrAdd(
            fileName,
            name => new Lazy<Assembly>(() => GeneratorHarness.CompileAndLoad(new[] { Load(name) }, rootNamespace: RootNamespace))).Value;
        return GeneratedDomain.Find(assembly, RootNamespace, DomainOf(fileName));
    }
}
