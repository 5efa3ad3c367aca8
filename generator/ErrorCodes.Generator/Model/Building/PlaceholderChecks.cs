using System.Collections.Generic;
using System.Globalization;
using ErrorCodes.Generator.Diagnostics;
using ErrorCodes.Generator.Reading;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>
    /// Step 4: a row's message placeholders. The neutral message (or, without one, the first localized message)
    /// decides a row's format helper; a gap in its placeholders, or another language with other placeholders, would
    /// leave text nobody can fill. What counts as a placeholder is <see cref="MessageTemplate"/>'s to say; a new
    /// placeholder style is recognized there, and checked here through it.
    /// </summary>
    internal static class PlaceholderChecks
    {
        public static void Check(CsvRecord record, CatalogContext context)
        {
            CatalogColumns columns = context.Columns;
            if (!HasBrace(record, columns))
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
            int neutralColumn = -1;
            foreach (int column in messageColumns)
            {
                if (record.Cells[column].Value.Length != 0)
                {
                    neutralColumn = column;
                    break;
                }
            }

            foreach (int column in messageColumns)
            {
                ReportMalformed(record.Cells[column], column, context);
            }

            if (neutralColumn >= 0)
            {
                CompareWithNeutral(record, neutralColumn, context);
            }
        }

        /// <summary>
        /// Placeholders, gaps and malformed placeholders all start with a brace; most rows have none, and a large
        /// catalog should not pay for the checks on each of them.
        /// </summary>
        private static bool HasBrace(CsvRecord record, CatalogColumns columns)
        {
            bool hasBrace = columns.Message >= 0 && record.Cells[columns.Message].Value.IndexOf('{') >= 0;
            foreach (int column in columns.MessageColumns)
            {
                hasBrace |= record.Cells[column].Value.IndexOf('{') >= 0;
            }

            return hasBrace;
        }

        private static string ColumnName(CatalogColumns columns, int column)
            => column == columns.Message ? "message" : "message." + columns.MessageCultures[columns.MessageColumns.IndexOf(column)];

        private static void ReportMalformed(CsvCell cell, int column, CatalogContext context)
        {
            foreach (MalformedPlaceholder malformed in MessageTemplate.FindMalformed(cell.Value))
            {
                context.Report(DiagnosticDescriptors.MalformedPlaceholder, cell.Span, ColumnName(context.Columns, column), CsvTableReader.Shorten(malformed.Text), malformed.Reason);
            }
        }

        /// <summary>A gap in the neutral message's placeholders, and each localized message whose placeholders differ from it.</summary>
        private static void CompareWithNeutral(CsvRecord record, int neutralColumn, CatalogContext context)
        {
            CatalogColumns columns = context.Columns;
            CsvCell neutral = record.Cells[neutralColumn];
            SortedSet<int> neutralIndexes = MessageTemplate.PlaceholderIndexes(neutral.Value);
            int gap = MessageTemplate.FirstGap(neutralIndexes);
            if (gap >= 0)
            {
                context.Report(
                    DiagnosticDescriptors.PlaceholderGap,
                    neutral.Span,
                    MessageTemplate.Describe(neutralIndexes),
                    "{" + gap.ToString(CultureInfo.InvariantCulture) + "}");
            }

            for (int i = 0; i < columns.MessageColumns.Count; i++)
            {
                CsvCell localized = record.Cells[columns.MessageColumns[i]];
                if (columns.MessageColumns[i] == neutralColumn || localized.Value.Length == 0)
                {
                    continue;
                }

                SortedSet<int> indexes = MessageTemplate.PlaceholderIndexes(localized.Value);
                if (!indexes.SetEquals(neutralIndexes))
                {
                    context.Report(
                        DiagnosticDescriptors.LocalizedPlaceholdersDiffer,
                        localized.Span,
                        "message." + columns.MessageCultures[i],
                        MessageTemplate.Describe(indexes),
                        MessageTemplate.Describe(neutralIndexes));
                }
            }
        }
    }
}
