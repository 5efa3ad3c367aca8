using System.IO;
using System.Linq;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The generated source of every seed catalog, compared with the approved files in Snapshots/. To approve a change
/// of the output, run the tests with ERRORCODES_ACCEPT_SNAPSHOTS=1 and review the diff of Snapshots/ before committing.
/// </summary>
public class SnapshotTests
{
    public static TheoryData<string> SeedFiles => SeedCatalogs.FileNameData();

    [Fact]
    public void Every_seed_catalog_in_definitions_has_a_snapshot_test()
    {
        string[] onDisk = Directory.GetFiles(SeedCatalogs.Directory, "*.csv").Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray()!;
        string[] listed = SeedCatalogs.FileNames.Concat(SeedCatalogs.StringCodedFileNames).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(listed, onDisk);
    }

    [Fact]
    public void Every_approved_snapshot_is_compared_by_a_snapshot_test()
    {
        // Read from the theory's own cases, so an approved file left behind by a removed catalog cannot pass unseen.
        string[] compared = SeedFiles.Select((object[] row) => SnapshotName((string)row[0])).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
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

        Assert.Empty(result.GeneratorDiagnostics);
        var generated = Assert.Single(result.Sources);
        Assert.Equal(SeedCatalogs.RootNamespace + "." + SeedCatalogs.DomainOf(fileName) + ".ErrorCodes.g.cs", generated.Key);
        Snapshot.Verify(SnapshotName(fileName), generated.Value);
    }

    private static string SnapshotName(string fileName) => Path.GetFileNameWithoutExtension(fileName);
}
