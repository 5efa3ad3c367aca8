using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodes.Tests.Infrastructure;

/// <summary>
/// Runs the generator over additional texts that <see cref="Catalog"/> cannot express (raw bytes, unreadable or
/// failing files) and checks diagnostics down to the exact cell.
/// </summary>
public static class GeneratorProbe
{
    /// <summary>
    /// Runs the generator the way <see cref="GeneratorHarness.Generate"/> does, over any additional texts; the item
    /// metadata of a text is that of the catalog in <paramref name="metadata"/> with the same path, if any.
    /// </summary>
    public static GenerationResult Run(IEnumerable<AdditionalText> files, Compilation? compilation = null, IEnumerable<Catalog>? metadata = null)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<Catalog>())
            .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options(metadata ?? Array.Empty<Catalog>()))
            .AddAdditionalTexts(files.ToImmutableArray());
        driver = driver.RunGeneratorsAndUpdateCompilation(
            compilation ?? GeneratorHarness.CreateCompilation(),
            out Compilation output,
            out ImmutableArray<Diagnostic> diagnostics);
        return new GenerationResult(driver, output, diagnostics);
    }

    /// <summary>The one generator diagnostic with <paramref name="id"/>; fails when there is none or more than one.</summary>
    public static Diagnostic Single(GenerationResult result, string id)
    {
        List<Diagnostic> found = result.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, $"Expected one {id}, got {found.Count}:\n{Describe(result.GeneratorDiagnostics)}");
        return found[0];
    }

    /// <summary>
    /// Checks a diagnostic's ID, severity, file and the 0-based line and column of both ends of its span, and that
    /// its message quotes every one of <paramref name="messageParts"/>.
    /// </summary>
    public static void AssertDiagnostic(
        Diagnostic diagnostic,
        string id,
        DiagnosticSeverity severity,
        string path,
        (int Line, int Column) start,
        (int Line, int Column) end,
        params string[] messageParts)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string actual = $"{diagnostic.Id} {diagnostic.Severity} {span.Path} ({span.StartLinePosition.Line},{span.StartLinePosition.Character})-({span.EndLinePosition.Line},{span.EndLinePosition.Character})";
        string expected = $"{id} {severity} {path} ({start.Line},{start.Column})-({end.Line},{end.Column})";
        Assert.Equal(expected, actual);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);

        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        foreach (string part in messageParts)
        {
            Assert.Contains(part, message, StringComparison.Ordinal);
        }
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join("\n", diagnostics.Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            return $"{d.Id} {d.Severity} {span.Path} ({span.StartLinePosition.Line},{span.StartLinePosition.Character})-({span.EndLinePosition.Line},{span.EndLinePosition.Character}): {d.GetMessage(CultureInfo.InvariantCulture)}";
        }));
}

/// <summary>A catalog file given as bytes and decoded as the compiler decodes files on disk: a UTF-8 BOM is detected and dropped.</summary>
public sealed class EncodedAdditionalText(string path, byte[] bytes) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(bytes, bytes.Length, encoding: null, throwIfBinaryDetected: false);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>A catalog file the compiler could not read: it has no text.</summary>
public sealed class UnreadableAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
}

/// <summary>A catalog file whose reading fails with an exception, to see that the generator contains the failure.</summary>
public sealed class FailingAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default)
        => throw new IOException("The disk went away.");
}
