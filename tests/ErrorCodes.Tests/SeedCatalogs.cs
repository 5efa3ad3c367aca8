using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ErrorCodes.Tests.Infrastructure;
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
        "stage.csv",
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

    public static Catalog Load(string fileName) => new(PathOf(fileName), File.ReadAllText(PathOf(fileName)), CodeType: CodeTypeOf(fileName));

    /// <summary>The <c>ErrorCodesCodeType</c> metadata of a seed catalog: "string" for a string-coded one, else none (int).</summary>
    public static string? CodeTypeOf(string fileName) => StringCoded.Contains(fileName) ? "string" : null;

    public static bool IsStringCoded(string fileName) => StringCoded.Contains(fileName);

    /// <summary>Every seed catalog, each under <c>/defs/</c> and its file name: the same paths on every machine.</summary>
    public static IReadOnlyList<Catalog> All()
        => FileNames.Select(fileName => new Catalog("/defs/" + fileName, File.ReadAllText(PathOf(fileName)), CodeType: CodeTypeOf(fileName))).ToList();

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
