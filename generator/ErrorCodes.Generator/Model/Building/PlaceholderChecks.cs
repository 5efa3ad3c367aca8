using System.Collections.Generic;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Model.Placeholders;
using ErrorCodes.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>
    /// Step 4: a row's message placeholders, read in the file's placeholder style. The neutral message (or, without
    /// one, the first localized message) decides a row's format helper; a gap in its placeholders, or another language
    /// with other placeholders, would leave text nobody can fill. What counts as a placeholder is the style's parser's
    /// to say (<see cref="PlaceholderTemplates"/>); this step turns its problems into diagnostics at the cell.
    /// </summary>
    internal static class PlaceholderChecks
    {
        public static void Check(CsvRecord record, CatalogContext context)
        {
            CatalogColumns columns = context.Columns;
            PlaceholderStyle style = context.PlaceholderStyle;
            if (!MayHavePlaceholders(record, columns, style))
            {
                return;
            }

            // The same choice as ErrorMember.NeutralMessage, made on cells so the diagnostics can point at one.
            var messageColumns = new List<int>();
            if (columns.Message >= 0)
            {
                messageColumns.Add(columns.Message);
            }

            messageColumns.AddRange(columns.MessageColumns);
            ParsedMessage? neutral = null;
            foreach (int column in messageColumns)
            {
                CsvCell cell = record.Cells[column];
                if (cell.Value.Length == 0)
                {
                    continue;
                }

                ParsedMessage parsed = PlaceholderTemplates.Parse(style, cell.Value);
                ReportProblems(cell, column, parsed, context);
                if (neutral is null)
                {
                    neutral = parsed;
                    PlaceholderStyle? suggested = PlaceholderTemplates.SuggestStyle(parsed);
                    if (suggested is PlaceholderStyle other)
                    {
                        context.Report(DiagnosticDescriptors.PlaceholderStyleSuggested, cell.Span, ColumnName(columns, column), PlaceholderStyles.Name(style), PlaceholderStyles.Name(other));
                    }
                }
                else
                {
                    PlaceholderProblem? mismatch = PlaceholderTemplates.CompareLocalized(neutral, parsed);
                    if (mismatch is not null)
                    {
                        context.Report(
                            DiagnosticDescriptors.LocalizedPlaceholdersDiffer,
                            cell.Span,
                            ColumnName(columns, column),
                            PlaceholderTemplates.Describe(parsed),
                            PlaceholderTemplates.Describe(neutral));
                    }
                }
            }
        }

        /// <summary>
        /// Every placeholder and every problem starts with the style's opening character; most rows have none, and a
        /// large catalog should not pay for parsing each of them.
        /// </summary>
        private static bool MayHavePlaceholders(CsvRecord record, CatalogColumns columns, PlaceholderStyle style)
        {
            char opening = style == PlaceholderStyle.DotNet ? '{' : '%';
            bool found = columns.Message >= 0 && HasOpening(record.Cells[columns.Message].Value, opening, style);
            foreach (int column in columns.MessageColumns)
            {
                found |= HasOpening(record.Cells[column].Value, opening, style);
            }

            return found;
        }

        private static bool HasOpening(string text, char opening, PlaceholderStyle style)
            => text.IndexOf(opening) >= 0 || (style == PlaceholderStyle.DotNet && text.IndexOf('%') >= 0);

        private static string ColumnName(CatalogColumns columns, int column)
            => column == columns.Message ? "message" : "message." + columns.MessageCultures[columns.MessageColumns.IndexOf(column)];

        private static void ReportProblems(CsvCell cell, int column, ParsedMessage parsed, CatalogContext context)
        {
            string columnName = ColumnName(context.Columns, column);
            foreach (PlaceholderProblem problem in parsed.Problems)
            {
                SourceSpan at = Within(cell, problem.Start, problem.Length);
                string written = CsvTableReader.Shorten(cell.Value.Substring(problem.Start, problem.Length));
                DiagnosticDescriptor descriptor = Descriptor(problem);
                string fix = problem.DropsHelper && problem.Kind == PlaceholderProblemKind.GapInNumbers
                    ? problem.Fix + "; until then this row gets no format helper"
                    : problem.Fix;
                if (problem.Kind == PlaceholderProblemKind.GapInNumbers)
                {
                    context.Report(descriptor, at, columnName, problem.Reason, fix);
                }
                else
                {
                    context.Report(descriptor, at, columnName, written, problem.Reason, fix);
                }
            }
        }

        private static DiagnosticDescriptor Descriptor(PlaceholderProblem problem) => problem.Kind switch
        {
            PlaceholderProblemKind.Malformed => DiagnosticDescriptors.MalformedPlaceholder,
            PlaceholderProblemKind.GapInNumbers => DiagnosticDescriptors.PlaceholderGap,
            PlaceholderProblemKind.UnknownConversion => DiagnosticDescriptors.UnknownConversion,
            PlaceholderProblemKind.StrayPercent => DiagnosticDescriptors.UnknownConversion,
            PlaceholderProblemKind.TextAfterEnd => DiagnosticDescriptors.UnknownConversion,
            _ => DiagnosticDescriptors.PlaceholdersConflict,
        };

        /// <summary>
        /// The span of the cell's characters from <paramref name="start"/>: exact when the cell is written on one line as
        /// its value (plain, or quoted without doubled quotes), else the whole cell.
        /// </summary>
        private static SourceSpan Within(CsvCell cell, int start, int length)
        {
            SourceSpan span = cell.Span;
            int quote = span.Length == cell.Value.Length ? 0 : span.Length == cell.Value.Length + 2 ? 1 : -1;
            if (quote < 0 || span.StartLine != span.EndLine)
            {
                return span;
            }

            int offset = quote + start;
            return new SourceSpan(span.FilePath, span.Start + offset, length, span.StartLine, span.StartColumn + offset, span.StartLine, span.StartColumn + offset + length);
        }
    }
}
