namespace ErrorCodes.Generator.Reading
{
    using ErrorCodes.Generator.Model;

    /// <summary>One CSV field: its unescaped value and where its text stands in the file.</summary>
    internal readonly record struct CsvCell(string Value, SourceSpan Span);

    /// <summary>One CSV record with the position of each of its fields.</summary>
    internal sealed record CsvRecord(SourceSpan Span, EquatableArray<CsvCell> Cells)
    {
        /// <summary>The one-based line the record starts on.</summary>
        public int LineNumber => Span.LineNumber;
    }

    /// <summary>A whole CSV file: its header, its data records and the problems met while reading it.</summary>
    internal sealed record CsvTable(
        string FilePath,
        CsvRecord? Header,
        EquatableArray<CsvRecord> Records,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
