using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ErrorCodes.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The descriptor class is the one list of diagnostics; the README table, docs/diagnostics.md (its summary table and
/// one section each) and the analyzer release files must list exactly the same IDs with the same severities, so a new
/// diagnostic cannot ship undocumented.
/// </summary>
public class DiagnosticCatalogueTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .ToList();

    private static string RepositoryFile(string relativePath)
    {
        for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ErrorCodes.sln")))
            {
                return File.ReadAllText(Path.Combine(directory.FullName, relativePath));
            }
        }

        throw new InvalidOperationException("The repository root (ErrorCodes.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static string Expected() => string.Join("\n", Descriptors.Select(d => d.Id + " " + Severity(d.DefaultSeverity)));

    private static string Severity(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Info ? "Info" : severity.ToString();

    private static string Listed(string text, string pattern)
        => string.Join("\n", Regex.Matches(text, pattern, RegexOptions.Multiline)
            .Select(match => match.Groups["id"].Value + " " + match.Groups["severity"].Value)
            .OrderBy(line => line, StringComparer.Ordinal));

    [Fact]
    public void Descriptor_IDs_are_unique_and_each_help_link_points_at_its_section()
    {
        Assert.Equal(Descriptors.Count, Descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(Descriptors, d => Assert.EndsWith("docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri, StringComparison.Ordinal));
    }

    [Fact]
    public void The_README_table_lists_every_diagnostic_with_its_severity()
        => Assert.Equal(Expected(), Listed(RepositoryFile("README.md"), @"^\| \[(?<id>EC\d{4})\]\(docs/diagnostics\.md#ec\d{4}\) \| (?<severity>\w+) \|"));

    [Fact]
    public void The_diagnostics_page_has_a_table_row_and_a_section_for_every_diagnostic()
    {
        string page = RepositoryFile("docs/diagnostics.md");

        Assert.Equal(Expected(), Listed(page, @"^\| \[(?<id>EC\d{4})\]\(#ec\d{4}\) \| (?<severity>\w+) \|"));
        string sections = string.Join("\n", Regex.Matches(page, @"^## (?<id>EC\d{4})\s*\n+\*\*(?<title>[^*]+)\*\* \((?<severity>\w+)[);]", RegexOptions.Multiline)
            .Select(match => match.Groups["id"].Value + " " + match.Groups["severity"].Value)
            .OrderBy(line => line, StringComparer.Ordinal));
        Assert.Equal(Expected(), sections);
    }

    [Fact]
    public void The_analyzer_release_files_list_every_diagnostic_once()
    {
        string releases = RepositoryFile("generator/ErrorCodes.Generator/AnalyzerReleases.Shipped.md") + "\n"
            + RepositoryFile("generator/ErrorCodes.Generator/AnalyzerReleases.Unshipped.md");

        Assert.Equal(Expected(), Listed(releases, @"^(?<id>EC\d{4}) \| ErrorCodes \| (?<severity>\w+) \|"));
    }
}
