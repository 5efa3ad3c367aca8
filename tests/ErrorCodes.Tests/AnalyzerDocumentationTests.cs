using System.Collections.Generic;
using System.IO;
using System.Linq;
using ErrorCodes.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// Every diagnostic the analyzer reports has a help link to its own section of docs/diagnostics.md, a row in the
/// table there, an example in the README and a row in the AnalyzerReleases files.
/// </summary>
public class AnalyzerDocumentationTests
{
    public static IEnumerable<object[]> Descriptors()
        => new ErrorCodeAnalyzer().SupportedDiagnostics.Select(d => new object[] { d.Id });

    private static string Document(string name) => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "docs", name)).ReplaceLineEndings("\n");

    private static DiagnosticDescriptor Descriptor(string id) => new ErrorCodeAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);

    [Fact]
    public void The_analyzer_reports_EC2001_to_EC2003()
        => Assert.Equal(new[] { "EC2001", "EC2002", "EC2003" }, new ErrorCodeAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(id => id));

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Help_link_leads_to_the_diagnostics_own_section(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        Assert.Equal("https://github.com/errorcodes/errorcodes/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);

        string[] lines = Document("diagnostics.md").Split('\n');
        Assert.Contains("## " + id, lines);
        Assert.Contains("| [" + id + "](#" + id.ToLowerInvariant() + ") | " + Severity(descriptor) + " | " + descriptor.Title + " |", lines);

        // The section shows an example in code.
        string section = SectionOf(lines, "## " + id);
        Assert.Contains("**Example.**", section, System.StringComparison.Ordinal);
        Assert.Contains("```csharp", section, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void README_explains_the_diagnostic_with_an_example(string id)
    {
        string readme = Document("README.md");
        string section = SectionOf(readme.Split('\n'), "## Checking codes in your code");
        Assert.Contains("- **" + id + "** (", section, System.StringComparison.Ordinal);

        // An example in a code block: C# with a comment naming the ID on its line, or on the line below it.
        string[] codeLines = CodeBlockLines(section).ToArray();
        int index = System.Array.FindIndex(codeLines, line => line.Contains("// " + id, System.StringComparison.Ordinal));
        Assert.True(index >= 0, "No example commented with " + id);
        string code = codeLines[index].Substring(0, codeLines[index].IndexOf("//", System.StringComparison.Ordinal)).Trim();
        if (code.Length == 0 && index > 0 && !codeLines[index - 1].TrimStart().StartsWith("//", System.StringComparison.Ordinal))
        {
            code = codeLines[index - 1].Trim();
        }

        Assert.NotEqual("", code);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Release_tracking_lists_the_diagnostic_with_its_severity_and_title(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        string releases = Document("AnalyzerReleases.Shipped.md") + "\n" + Document("AnalyzerReleases.Unshipped.md");
        Assert.Contains(id + " | " + descriptor.Category + " | " + Severity(descriptor) + " | " + descriptor.Title, releases.Split('\n'));
    }

    private static string Severity(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity.ToString();

    /// <summary>The lines from <paramref name="heading"/> to the next heading of the same or a higher level.</summary>
    private static string SectionOf(string[] lines, string heading)
    {
        int start = System.Array.IndexOf(lines, heading);
        Assert.True(start >= 0, "No heading " + heading);
        int level = HeadingLevel(heading);
        int end = start + 1;
        while (end < lines.Length && (HeadingLevel(lines[end]) == 0 || HeadingLevel(lines[end]) > level))
        {
            end++;
        }

        return string.Join("\n", lines.Skip(start).Take(end - start));
    }

    /// <summary>1 for "# ", 2 for "## " and so on; 0 for a line that is not a heading.</summary>
    private static int HeadingLevel(string line)
    {
        int hashes = line.TakeWhile(c => c == '#').Count();
        return hashes > 0 && line.Length > hashes && line[hashes] == ' ' ? hashes : 0;
    }

    private static IEnumerable<string> CodeBlockLines(string section)
    {
        bool inside = false;
        foreach (string line in section.Split('\n'))
        {
            if (line.StartsWith("```", System.StringComparison.Ordinal))
            {
                inside = !inside;
            }
            else if (inside)
            {
                yield return line;
            }
        }
    }
}
