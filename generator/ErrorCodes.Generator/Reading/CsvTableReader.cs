using System;
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

        // Long by choice: the checks before parsing each end the read, and the parse loop shares the parser's
        // callbacks' state (bad data, field extents) with its body; split, that state would travel through every call.
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
            int nul = FindBinaryMarker(content);
            if (nul >= 0)
            {
                // Reading a binary file as rows would only bury this in noise.
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NotText,
                    SourceSpan.Create(filePath, text, contentOffset + nul, 1),
                    Path.GetFileName(filePath)));
                return new CsvTable(filePath, null, EquatableArray<CsvRecord>.Empty, diagnostics.ToEquatableArray());
            }

            // Not content.Trim(): on a file that ends with a line break that is a copy of the whole file.
            if (string.IsNullOrWhiteSpace(content))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, SourceSpan.FileStart(filePath), Path.GetFileName(filePath)));
                return new CsvTable(filePath, null, EquatableArray<CsvRecord>.Empty, diagnostics.ToEquatableArray());
            }

            DiagnosticInfo? encodingProblem = CheckEncoding(filePath, text, content, contentOffset);
            if (encodingProblem is not null)
            {
                // Reported once for the file; the rows are still read so that the code the IDE sees stays complete.
                diagnostics.Add(encodingProblem);
            }

            var records = new List<CsvRecord>();
            var extents = new List<FieldExtent>();
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
                    string[] values = parser.Record ?? Array.Empty<string>();
                    int recordStart = contentOffset + (int)parser.CharCount - raw.Length;
                    bool hadBadData = recordHasBadData;
                    recordHasBadData = false;

                    // The quote scan comes before the blank check: a lone quote parses as an empty field.
                    ScanFields(raw, extents);
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

                    SourceSpan recordSpan = SourceSpan.Create(filePath, text, recordStart, LengthWithoutLineBreak(raw));
                    var cells = new CsvCell[values.Length];
                    for (int i = 0; i < values.Length; i++)
                    {
                        FieldExtent extent = i < extents.Count
                            ? extents[i]
                            : new FieldExtent(LengthWithoutLineBreak(raw), 0, isQuoted: false, isTerminated: true);
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

        /// <summary>
        /// The first NUL of a text that is not CSV at all, or -1. Like the compiler's own test for binary files, two
        /// NULs in a row mark one; so does a text of many NULs, which is what UTF-16 without a byte-order mark
        /// looks like when read as UTF-8. A stray NUL inside a cell is text and is kept (escaped) like any other.
        /// </summary>
        private static int FindBinaryMarker(string content)
        {
            int first = content.IndexOf('\0');
            if (first < 0)
            {
                return -1;
            }

            int sample = System.Math.Min(content.Length, 4096);
            int count = 0;
            for (int i = 0; i < sample; i++)
            {
                count += content[i] == '\0' ? 1 : 0;
            }

            bool binary = content.IndexOf("\0\0", System.StringComparison.Ordinal) >= 0 || count * 8 >= sample;
            return binary ? first : -1;
        }

        /// <summary>
        /// Finds text that was not valid UTF-8. The compiler decodes a file that is not valid UTF-8 with a fallback
        /// code page (Windows-1252 or Latin-1 on Windows), and other hosts decode it as UTF-8 with U+FFFD for every
        /// bad byte; either way the place is the first character that came out of it.
        /// </summary>
        private static DiagnosticInfo? CheckEncoding(string filePath, SourceText text, string content, int contentOffset)
        {
            string fileName = Path.GetFileName(filePath);
            System.Text.Encoding? encoding = text.Encoding;
            bool decodedAsUnicode = encoding is null || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;
            if (!decodedAsUnicode)
            {
                for (int i = 0; i < content.Length; i++)
                {
                    if (content[i] > '\u007F')
                    {
                        return DiagnosticInfo.Create(
                            DiagnosticDescriptors.NotUtf8,
                            SourceSpan.Create(filePath, text, contentOffset + i, 1),
                            fileName,
                            "it was read as " + encoding!.WebName + ", which made '" + Shorten(content.Substring(i, System.Math.Min(8, content.Length - i))) + "' of the bytes here");
                    }
                }
            }

            int replaced = content.IndexOf('\uFFFD');
            if (replaced >= 0)
            {
                return DiagnosticInfo.Create(
                    DiagnosticDescriptors.NotUtf8,
                    SourceSpan.Create(filePath, text, contentOffset + replaced, 1),
                    fileName,
                    "the bytes here are not UTF-8 and were replaced by U+FFFD");
            }

            return null;
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
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return false;
                }
            }

            return true;
        }

        private static string TrimLineBreak(string raw) => raw.TrimEnd('\r', '\n');

        /// <summary>The length of <paramref name="raw"/> without its line break, without making the trimmed copy.</summary>
        private static int LengthWithoutLineBreak(string raw)
        {
            int length = raw.Length;
            while (length > 0 && (raw[length - 1] == '\r' || raw[length - 1] == '\n'))
            {
                length--;
            }

            return length;
        }

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

            return new FieldExtent(0, LengthWithoutLineBreak(raw), isQuoted: false, isTerminated: true);
        }

        /// <summary>
        /// Finds where each field of one raw record starts and ends, following RFC 4180 quoting, into
        /// <paramref name="extents"/>: one list for the whole file, cleared here (a list per row was a tenth of reading's garbage).
        /// </summary>
        private static void ScanFields(string raw, List<FieldExtent> extents)
        {
            extents.Clear();
            int end = LengthWithoutLineBreak(raw);
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
                    return;
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
