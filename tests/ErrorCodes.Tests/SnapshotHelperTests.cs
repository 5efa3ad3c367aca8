using System;
using System.IO;
using ErrorCodes.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace ErrorCodes.Tests;

/// <summary>The snapshot helper itself, run in a scratch folder so that it never touches the approved files.</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "errorcodes-snapshot-" + Guid.NewGuid().ToString("N"));

    public SnapshotHelperTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Approved(string name) => Path.Combine(_folder, name + Snapshot.ApprovedSuffix);

    private string Received(string name) => Path.Combine(_folder, name + Snapshot.ReceivedSuffix);

    [Fact]
    public void Snapshot_folder_is_the_source_folder_not_the_build_output()
    {
        Assert.Equal("Snapshots", Path.GetFileName(Snapshot.Directory));
        Assert.True(File.Exists(Path.Combine(Snapshot.Directory, "..", "ErrorCodes.Tests.csproj")), Snapshot.Directory);
    }

    [Fact]
    public void Missing_approved_file_fails_and_writes_the_received_file()
    {
        var failure = Assert.Throws<XunitException>(() => Snapshot.VerifyIn(_folder, "missing", "text\n", accept: false));

        Assert.Contains("No approved snapshot", failure.Message);
        Assert.False(File.Exists(Approved("missing")));
        Assert.Equal("text\n", File.ReadAllText(Received("missing")));
    }

    [Fact]
    public void Equal_text_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Approved("same"), "a\nb\n");
        File.WriteAllText(Received("same"), "old output");

        Snapshot.VerifyIn(_folder, "same", "a\nb\n", accept: false);

        Assert.False(File.Exists(Received("same")));
    }

    [Fact]
    public void Line_endings_are_the_only_thing_normalized()
    {
        File.WriteAllText(Approved("endings"), "a\r\nb\r\n");
        Snapshot.VerifyIn(_folder, "endings", "a\nb\n", accept: false);

        Assert.Throws<XunitException>(() => Snapshot.VerifyIn(_folder, "endings", "a \nb\n", accept: false));
        Assert.Throws<XunitException>(() => Snapshot.VerifyIn(_folder, "endings", "a\nb", accept: false));
        Assert.Throws<XunitException>(() => Snapshot.VerifyIn(_folder, "endings", "a\n\tb\n", accept: false));
    }

    [Fact]
    public void Mismatch_fails_with_numbered_lines_and_writes_the_received_file()
    {
        File.WriteAllText(Approved("changed"), "one\ntwo\nthree\nfour\nfive\n");

        var failure = Assert.Throws<XunitException>(() => Snapshot.VerifyIn(_folder, "changed", "one\nTWO\nthree\nfour\nfive\nsix\n", accept: false));

        Assert.Contains("First difference at line 2", failure.Message);
        Assert.Contains("-     2 | two\n", failure.Message);
        Assert.Contains("+     2 | TWO\n", failure.Message);
        Assert.Contains("+     6 | six\n", failure.Message);
        Assert.DoesNotContain("three", failure.Message);
        Assert.Equal("one\nTWO\nthree\nfour\nfive\nsix\n", File.ReadAllText(Received("changed")));
        Assert.Equal("one\ntwo\nthree\nfour\nfive\n", File.ReadAllText(Approved("changed")));
    }

    [Fact]
    public void Diff_shows_invisible_characters()
    {
        string diff = Snapshot.Describe("x = 1;\n", "x = 1;\r\u202E\n");

        Assert.Contains("+     1 | x = 1;\\u000D\\u202E", diff);
    }

    [Fact]
    public void Accept_switch_overwrites_the_approved_file()
    {
        File.WriteAllText(Approved("accepted"), "old\n");
        File.WriteAllText(Received("accepted"), "old output");

        Snapshot.VerifyIn(_folder, "accepted", "new\r\n", accept: true);

        Assert.Equal("new\n", File.ReadAllText(Approved("accepted")));
        Assert.False(File.Exists(Received("accepted")));
    }
}
