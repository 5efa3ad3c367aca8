using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;
using Xunit.Sdk;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>
/// Compares text with an approved file checked in under <c>tests/ErrorCodes.Tests/Snapshots/&lt;name&gt;.verified.cs</c>.
/// On a mismatch the test fails with a line diff and writes <c>&lt;name&gt;.received.cs</c> beside the approved file
/// (git ignores it) so the whole output can be inspected or diffed. A missing approved file fails too.
/// To approve new output, run the tests with the environment variable <c>ERRORCODES_ACCEPT_SNAPSHOTS=1</c>: every
/// snapshot test then overwrites its approved file instead of comparing; review the result with <c>git diff</c>.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "ERRORCODES_ACCEPT_SNAPSHOTS";

    public const string ApprovedSuffix = ".verified.cs";
    public const string ReceivedSuffix = ".received.cs";

    private const int MaxLinesShown = 20;

    // Files are written without a byte order mark, whatever the platform's default.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly Lazy<string> SnapshotDirectory = new(() => FindSnapshotDirectory());

    /// <summary>The folder that holds the approved files, found from this source file's path rather than from bin/.</summary>
    public static string Directory => SnapshotDirectory.Value;

    /// <summary>Fails unless <paramref name="actual"/> equals the approved snapshot <paramref name="name"/>.</summary>
    public static void Verify(string name, string actual)
        => VerifyIn(Directory, name, actual, accept: Environment.GetEnvironmentVariable(AcceptVariable) == "1");

    /// <summary>The comparison itself, with the folder and the accept switch given, so that it can be tested.</summary>
    public static void VerifyIn(string directory, string name, string actual, bool accept)
    {
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException("A snapshot name must be usable as a file name: '" + name + "'.", nameof(name));
        }

        string approvedPath = Path.Combine(directory, name + ApprovedSuffix);
        string receivedPath = Path.Combine(directory, name + ReceivedSuffix);
        // Only line endings are normalized: a checkout may turn LF into CRLF, and that is not a change of output.
        string received = NormalizeLineEndings(actual);

        if (accept)
        {
            File.WriteAllText(approvedPath, received, Utf8);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(approvedPath))
        {
            File.WriteAllText(receivedPath, received, Utf8);
            throw new XunitException(
                "No approved snapshot " + approvedPath + ".\n"
                + "The output was written to " + receivedPath + "; review it, then rename it to " + name + ApprovedSuffix
                + " or run the tests with " + AcceptVariable + "=1.");
        }

        string approved = NormalizeLineEndings(File.ReadAllText(approvedPath, Utf8));
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, Utf8);
        throw new XunitException(
            "The output differs from the approved snapshot " + approvedPath + ".\n"
            + Describe(approved, received)
            + "The whole output was written to " + receivedPath + ".\n"
            + "If the change is intended, run the tests with " + AcceptVariable + "=1 and commit the approved file.");
    }

    /// <summary>
    /// A line diff of two texts (DiffPlex): each removed line (<c>-</c>, numbered as in the approved text) and each
    /// added line (<c>+</c>, numbered as in the received text), in order and up to a limit, so a changed line shows as a pair.
    /// </summary>
    public static string Describe(string expected, string actual)
    {
        // Lines are split on '\n' alone, so a stray carriage return is a difference the report shows.
        DiffResult diff = Differ.Instance.CreateDiffs(expected, actual, ignoreWhiteSpace: false, ignoreCase: false, LineFeedChunker.Instance);
        var changes = new List<LineChange>();
        foreach (DiffBlock block in diff.DiffBlocks)
        {
            changes.AddRange(Enumerable.Range(block.DeleteStartA, block.DeleteCountA).Select(i => new LineChange('-', i, diff.PiecesOld[i])));
            changes.AddRange(Enumerable.Range(block.InsertStartB, block.InsertCountB).Select(i => new LineChange('+', i, diff.PiecesNew[i])));
        }

        int firstDifference = diff.DiffBlocks.Count == 0 ? diff.PiecesOld.Count : diff.DiffBlocks[0].DeleteStartA;
        var builder = new StringBuilder();
        builder.Append("First difference at line ").Append(firstDifference + 1)
            .Append(" (approved has ").Append(diff.PiecesOld.Count)
            .Append(" lines, received has ").Append(diff.PiecesNew.Count).Append(").\n");

        LineChange? previous = null;
        foreach (LineChange change in changes.Take(MaxLinesShown))
        {
            // A removal after an addition, or a jump in numbering, starts another place in the file.
            bool startsAnotherPlace = previous is { } last
                && ((change.Kind == '-' && last.Kind == '+') || (change.Kind == last.Kind && change.Line != last.Line + 1));
            if (startsAnotherPlace)
            {
                builder.Append("  ...\n");
            }

            builder.Append(change.Kind).Append(' ')
                .Append((change.Line + 1).ToString(CultureInfo.InvariantCulture).PadLeft(5))
                .Append(" | ").Append(Visible(change.Text)).Append('\n');
            previous = change;
        }

        if (changes.Count > MaxLinesShown)
        {
            builder.Append("  ... and ").Append(changes.Count - MaxLinesShown).Append(" more changed lines\n");
        }

        return builder.ToString();
    }

    /// <summary>Shows characters that would otherwise be invisible in a test report, such as a stray carriage return or a direction mark.</summary>
    private static string Visible(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (char c in line)
        {
            if (char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n");

    private static string FindSnapshotDirectory([CallerFilePath] string thisFile = "")
    {
        // This file is tests/ErrorCodes.Tests/Infrastructure/Snapshot.cs; the snapshots live in tests/ErrorCodes.Tests/Snapshots.
        string? projectDirectory = Path.GetDirectoryName(Path.GetDirectoryName(thisFile));
        string directory = Path.Combine(projectDirectory ?? string.Empty, "Snapshots");
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                "The snapshot folder " + directory + " does not exist. Snapshot tests run from a checkout of the sources, "
                + "built without a path map that hides source paths.");
        }

        return directory;
    }

    /// <summary>Splits a text into lines at '\n' only, as the approved files are compared.</summary>
    private sealed class LineFeedChunker : IChunker
    {
        public static readonly LineFeedChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => text.Split('\n');
    }

    /// <summary>One line of a diff: removed (<c>-</c>) from the approved text or added (<c>+</c>) in the received one.</summary>
    private readonly record struct LineChange(char Kind, int Line, string Text);
}
