using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorCodes.Generator;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The generated source of every seed catalog, and of one small catalog under the settings that change the output's
/// shape (ASP.NET Core Problem Details on, System.Text.Json off, C# 7.3), compared with the approved files in
/// Snapshots/. The generator's version is scrubbed, so a version bump does not rewrite every snapshot. To approve a
/// change of the output, run the tests with ERRORCODES_ACCEPT_SNAPSHOTS=1 and review the diff of Snapshots/ before
/// committing.
/// </summary>
public class SnapshotTests
{
    public static TheoryData<string> SeedFiles => SeedCatalogs.FileNameData();

    [Fact]
    public void Every_seed_catalog_in_definitions_has_a_snapshot_test()
    {
        string[] onDisk = Directory.GetFiles(SeedCatalogs.Directory, "*.csv").Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray()!;
        string[] listed = SeedCatalogs.FileNames.OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(listed, onDisk);
    }

    [Fact]
    public void Every_approved_snapshot_is_compared_by_a_snapshot_test()
    {
        // Read from the theory's own cases, so an approved file left behind by a removed catalog cannot pass unseen.
        string[] compared = SeedFiles.Select((object[] row) => SnapshotName((string)row[0]))
            .Concat(FocusedSnapshots.Select((object[] row) => (string)row[0]))
            .OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        string[] approved = Directory.GetFiles(Snapshot.Directory, "*" + Snapshot.ApprovedSuffix)
            .Select(path => Path.GetFileName(path).Substring(0, Path.GetFileName(path).Length - Snapshot.ApprovedSuffix.Length))
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(compared, approved);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Generated_source_matches_the_approved_snapshot(string fileName)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { SeedCatalogs.Load(fileName) }, rootNamespace: SeedCatalogs.RootNamespace);

        Assert.Equal(SeedCatalogs.DiagnosticsOf(fileName), SeedCatalogs.Describe(result.GeneratorDiagnostics));
        var generated = Assert.Single(result.Sources);
        Assert.Equal(SeedCatalogs.RootNamespace + "." + SeedCatalogs.DomainOf(fileName) + ".ErrorCodes.g.cs", generated.Key);
        Snapshot.Verify(SnapshotName(fileName), ScrubVersion(generated.Value));
    }

    private static string SnapshotName(string fileName) => Path.GetFileNameWithoutExtension(fileName);

    /// <summary>The focused snapshots: the small catalog under each setting that changes the output's shape.</summary>
    public static TheoryData<string> FocusedSnapshots => new() { ProblemDetailsSnapshot, JsonOffSnapshot, CSharp73Snapshot };

    private const string ProblemDetailsSnapshot = "shop.problem-details";

    private const string JsonOffSnapshot = "shop.json-off";

    private const string CSharp73Snapshot = "shop.csharp-7.3";

    [Theory]
    [MemberData(nameof(FocusedSnapshots))]
    public void A_setting_that_changes_the_output_matches_its_approved_snapshot(string name)
    {
        string source = name switch
        {
            // With ASP.NET Core the exception maps to Problem Details.
            ProblemDetailsSnapshot => GenerateShop(GeneratorHarness.NetReferences.AddRange(ProblemDetailsTests.AspNetReferences)),
            // Without System.Text.Json there is no converter.
            JsonOffSnapshot => GenerateShop(GeneratorHarness.NetReferences.RemoveAll(r => Path.GetFileName(r.Display!).StartsWith("System.Text.Json", StringComparison.Ordinal))),
            // On C# 7.3 there are no nullable annotations.
            CSharp73Snapshot => GenerateShop(GeneratorHarness.NetReferences, LanguageVersion.CSharp7_3),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such focused snapshot"),
        };

        Snapshot.Verify(name, source);
    }

    [Fact]
    public void The_scrubbed_version_is_the_generators_own()
    {
        string source = GenerateShop(GeneratorHarness.NetReferences, scrub: false);
        string version = typeof(ErrorCodesGenerator).Assembly.GetName().Version!.ToString(3);

        Assert.Contains("GeneratedCode(\"ErrorCodes\", \"" + version + "\")", source, StringComparison.Ordinal);
        Assert.DoesNotContain(ScrubbedVersion, source, StringComparison.Ordinal);
        Assert.Equal(Regex.Count(source, "GeneratedCode\\("), Regex.Count(ScrubVersion(source), Regex.Escape(ScrubbedVersion)));
    }

    private const string ScrubbedVersion = "GeneratedCode(\"ErrorCodes\", \"{version}\")";

    /// <summary>A small catalog with what the settings change: messages with placeholders, statuses, a retryable code, help links.</summary>
    private static readonly Catalog Shop = new(
        "/p/shop.csv",
        string.Join(
            "\n",
            "code,name,message,http_status,retryable",
            "404,ITEM_NOT_FOUND,Item {0} is not found,404,",
            "503,BUSY,Try again later,503,true",
            "7,NO_STATUS,No status,,") + "\n",
        HelpUrl: "https://docs.example/errors/{code}");

    private static string GenerateShop(ImmutableArray<MetadataReference> references, LanguageVersion language = LanguageVersion.Latest, bool scrub = true)
    {
        var parseOptions = new CSharpParseOptions(language, DocumentationMode.Diagnose);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            references: references.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeLibraryPath)),
            parseOptions: parseOptions,
            options: new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: language >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        GeneratorHarness.CreateDriver(new[] { Shop }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);

        Assert.Empty(diagnostics);
        // The snapshot must be code that compiles cleanly under the same settings.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        string source = Assert.Single(output.SyntaxTrees).ToString();
        return scrub ? ScrubVersion(source) : source;
    }

    /// <summary>The generator's version in <c>[GeneratedCode]</c> becomes <c>{version}</c>.</summary>
    private static string ScrubVersion(string source)
        => Regex.Replace(source, "GeneratedCode\\(\"ErrorCodes\", \"[0-9.]+\"\\)", ScrubbedVersion);
}
