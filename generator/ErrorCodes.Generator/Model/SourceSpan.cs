using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// A place in a catalog file as plain values. Models hold this instead of a <see cref="Location"/> so that they
    /// stay comparable and never pin a <see cref="SourceText"/>; the location is made only when a diagnostic is reported.
    /// </summary>
    internal readonly record struct SourceSpan(
        string FilePath,
        int Start,
        int Length,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn)
    {
        public static SourceSpan Create(string filePath, SourceText text, int start, int length)
        {
            LinePositionSpan lines = text.Lines.GetLinePositionSpan(new TextSpan(start, length));
            return new SourceSpan(
                filePath,
                start,
                length,
                lines.Start.Line,
                lines.Start.Character,
                lines.End.Line,
                lines.End.Character);
        }

        /// <summary>The start of a file, for problems that belong to the file as a whole.</summary>
        public static SourceSpan FileStart(string filePath) => new SourceSpan(filePath, 0, 0, 0, 0, 0, 0);

        public Location ToLocation() => Location.Create(
            FilePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

        /// <summary>The one-based line number, as editors show it.</summary>
        public int LineNumber => StartLine + 1;
    }
}
