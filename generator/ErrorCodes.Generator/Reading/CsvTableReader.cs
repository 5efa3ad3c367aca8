using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using CsvHelper;
using CsvHelper.Configuration;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Generator.Reading
{
    /// <summary>
    /// Reads CSV text into records whose every field knows its place in the file. CsvHelper's low-level parser does
    /// the RFC 4180 unescaping; a small scan of each raw record finds where each field starts, because the parser
    /// reports only record positions and diagnostics must land on the cell.
    /// </summary>
    internal static class CsvTableReader
    {
        private const char ByteOrderMark = '\uFEFF';

        public static CsvTable Read(string filePath, SourceText text, CancellationToken cancellationToken)
        {
            string content = text.ToString();
            int contentOffset = 0;
            if (content.Length > 0 && content[0] == ByteOrderMark)
            {
                // A BOM that the decoder kept is not data.
                content = content.Substring(1);
                contentOffset = 1;
            }

            var diagnostics = new List<DiagnosticInfo>();
            var records = new List<CsvRecord>();
            CsvRecord? header = null;
            bool recordHasBadData = false;

            var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Mode = CsvMode.RFC4180,
                Delimiter = ",",
                DetectDelimiter = false,
                IgnoreBlankLines = true,
                BadDataFound = _ => recordHasBadData = true,
            };

            using (var parser = new CsvParser(new StringReader(content), configuration))
            {
                while (parser.Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();

                    string raw = parser.RawRecord;
                    string[] values = parser.Record ?? new string[0];
                    int recordStart = contentOffset + (int)parser.CharCount - raw.Length;
                    bool hadBadData = recordHasBadData;
                    recordHasBadData = false;

                    // The quote scan comes before the blank check: a lone quote parses as an empty field.
                    List<FieldExtent> extents = ScanFields(raw);
                    FieldExtent? unterminated = FindUnterminated(extents);
                    if (unterminated is FieldExtent open)
                    {
                        // The parser swallowed everything up to the end of the file into this field.
                        SourceSpan at = SourceSpan.Create(filePath, text, recordStart + open.Start, 1);
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.UnterminatedQuote,
                            at,
                            Shorten(raw.Substring(open.Start))));
                        continue;
                    }

                    if (IsBlank(values))
                    {
                        continue;
                    }

                    SourceSpan recordSpan = SourceSpan.Create(filePath, text, recordStart, TrimLineBreak(raw).Length);
                    var cells = new CsvCell[values.Length];
                    for (int i = 0; i < values.Length; i++)
                    {
                        FieldExtent extent = i < extents.Count
                            ? extents[i]
                            : new FieldExtent(TrimLineBreak(raw).Length, 0, isQuoted: false, isTerminated: true);
                        cells[i] = new CsvCell(
                            values[i],
                            SourceSpan.Create(filePath, text, recordStart + extent.Start, extent.Length));
                    }

                    var record = new CsvRecord(recordSpan, new EquatableArray<CsvCell>(cells));
                    if (hadBadData)
                    {
                        FieldExtent bad = FindBadQuoting(raw, extents);
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.MalformedQuotedField,
                            SourceSpan.Create(filePath, text, recordStart + bad.Start, bad.Length),
                            Shorten(raw.Substring(bad.Start, bad.Length))));
                        if (header is null)
                        {
                            header = record;
                        }

                        continue;
                    }

                    if (header is null)
                    {
                        header = record;
                    }
                    else
                    {
                        records.Add(record);
                    }
                }
            }

            return new CsvTable(filePath, header, records.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        /// <summary>Cuts a long value for a diagnostic message, keeping it on one line.</summary>
        public static string Shorten(string value)
        {
            string oneLine = TrimLineBreak(value).Replace("\r", "\\r").Replace("\n", "\\n");
            return oneLine.Length <= 40 ? oneLine : oneLine.Substring(0, 40) + "...";
        }

        private static bool IsBlank(string[] values)
        {
            foreach (string value in values)
            {
                if (value.Trim().Length != 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static string TrimLineBreak(string raw) => raw.TrimEnd('\r', '\n');

        private static FieldExtent? FindUnterminated(List<FieldExtent> extents)
        {
            foreach (FieldExtent extent in extents)
            {
                if (extent.IsQuoted && !extent.IsTerminated)
                {
                    return extent;
                }
            }

            return null;
        }

        private static FieldExtent FindBadQuoting(string raw, List<FieldExtent> extents)
        {
            // Bad data is a quote inside an unquoted field or text after a closing quote.
            foreach (FieldExtent extent in extents)
            {
                string field = raw.Substring(extent.Start, extent.Length);
                bool quoteInsideUnquoted = !extent.IsQuoted && field.IndexOf('"') >= 0;
                bool textAfterClosingQuote = extent.IsQuoted && !field.EndsWith("\"", System.StringComparison.Ordinal);
                if (quoteInsideUnquoted || textAfterClosingQuote)
                {
                    return extent;
                }
            }

            return new FieldExtent(0, TrimLineBreak(raw).Length, isQuoted: false, isTerminated: true);
        }

        /// <summary>Finds where each field of one raw record starts and ends, following RFC 4180 quoting.</summary>
        private static List<FieldExtent> ScanFields(string raw)
        {
            var extents = new List<FieldExtent>();
            int end = TrimLineBreak(raw).Length;
            int position = 0;
            while (true)
            {
                int start = position;
                bool quoted = position < raw.Length && raw[position] == '"';
                bool terminated = true;
                if (quoted)
                {
                    terminated = false;
                    position++;
                    while (position < raw.Length)
                    {
                        if (raw[position] == '"')
                        {
                            if (position + 1 < raw.Length && raw[position + 1] == '"')
                            {
                                position += 2;
                                continue;
                            }

                            position++;
                            terminated = true;
                            break;
                        }

                        position++;
                    }
                }

                while (position < end && raw[position] != ',')
                {
                    position++;
                }

                int fieldEnd = System.Math.Min(position, raw.Length);
                if (!terminated)
                {
                    fieldEnd = end;
                }

                extents.Add(new FieldExtent(start, fieldEnd - start, quoted, terminated));
                if (position >= end || !terminated)
                {
                    return extents;
                }

                position++; // the comma
            }
        }

        private readonly struct FieldExtent
        {
            public FieldExtent(int start, int length, bool isQuoted, bool isTerminated)
            {
                Start = start;
                Length = length;
                IsQuoted = isQuoted;
                IsTerminated = isTerminated;
            }

            public int Start { get; }

            public int Length { get; }

            public bool IsQuoted { get; }

            public bool IsTerminated { get; }
        }
    }
}
