using System.Collections.Generic;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>The optional metadata columns: HTTP status, retryable, severity and help URL, as lookups and as tables.</summary>
    internal static class MetadataSection
    {
        public static void WriteLookups(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            const string SeverityType = Fragments.SeverityType;
            writer.Line();
            writer.SummaryXml("The HTTP status the catalog gives the code (its <c>http_status</c> column), or <see langword=\"null\"/> when it gives none.");
            writer.Param("errorCode", "The error code.");
            writer.Returns("The status, or <see langword=\"null\"/>.");
            writer.Open("public static int? GetHttpStatus(this " + e + " errorCode)");
            writer.Line("int index = IndexOf((int)errorCode);");
            writer.Line("return index < 0 || s_httpStatuses[index] == 0 ? (int?)null : s_httpStatuses[index];");
            writer.Close();
            writer.Line();

            writer.SummaryXml("Whether the catalog says the failed operation may succeed when tried again (its <c>retryable</c> column).");
            writer.Param("errorCode", "The error code.");
            writer.Returns("<see langword=\"true\"/> only when the catalog marks the code retryable.");
            writer.Open("public static bool IsRetryable(this " + e + " errorCode)");
            writer.Line("int index = IndexOf((int)errorCode);");
            writer.Line("return index >= 0 && s_retryable[index];");
            writer.Close();
            writer.Line();

            writer.SummaryXml("The catalog's severity of the code (its <c>severity</c> column), or <see langword=\"null\"/> when it gives none.");
            writer.Param("errorCode", "The error code.");
            writer.Returns("The severity, or <see langword=\"null\"/>.");
            writer.Open("public static " + SeverityType + "? GetSeverity(this " + e + " errorCode)");
            writer.Line("int index = IndexOf((int)errorCode);");
            writer.Line("// 0 means no severity; the others are ErrorSeverity plus one, so an empty column is one zeroed array.");
            writer.Line("return index < 0 || s_severities[index] == 0 ? (" + SeverityType + "?)null : (" + SeverityType + ")(s_severities[index] - 1);");
            writer.Close();
            writer.Line();

            writer.SummaryXml("A link to the vendor's documentation of the code (its <c>help_url</c> column, or the file's <c>ErrorCodesHelpUrl</c> template), or <see langword=\"null\"/>.");
            writer.Param("errorCode", "The error code.");
            writer.Returns("The URL, or <see langword=\"null\"/>.");
            writer.Open("public static " + Fragments.NullableString(spec) + " GetHelpUrl(this " + e + " errorCode)");
            writer.Line("int index = IndexOf((int)errorCode);");
            writer.Line("return index < 0 ? null : s_helpUrls[index];");
            writer.Close();
        }

        public static void WriteTables(DomainSpec spec, CodeWriter writer)
        {
            EquatableArray<ErrorMember> rows = spec.SortedPrimaries;
            var statuses = new List<int>(rows.Count);
            var severities = new List<int>(rows.Count);
            var helpUrls = new List<string>(rows.Count);
            bool anyRetryable = false;
            foreach (ErrorMember row in rows)
            {
                statuses.Add(row.HttpStatus);
                severities.Add((int)row.Severity);
                helpUrls.Add(row.HelpUrl);
                anyRetryable |= row.Retryable;
            }

            WriteNumbers(writer, "short", "s_httpStatuses", statuses);
            WriteNumbers(writer, "byte", "s_severities", severities);
            if (!anyRetryable)
            {
                writer.Line("private static readonly bool[] s_retryable = new bool[" + Literals.Int(rows.Count) + "];");
            }
            else
            {
                var values = new List<string>(rows.Count);
                foreach (ErrorMember row in rows)
                {
                    values.Add(row.Retryable ? "true" : "false");
                }

                TableSection.WriteArray(writer, "bool", "s_retryable", values);
            }

            TableSection.WriteTextTable(spec, writer, "s_helpUrls", helpUrls, emptyIsNull: true);
        }

        /// <summary>A table of small numbers where 0 means absent; a column the catalog leaves empty is one zeroed array.</summary>
        private static void WriteNumbers(CodeWriter writer, string elementType, string field, List<int> values)
        {
            if (values.TrueForAll(value => value == 0))
            {
                writer.Line("private static readonly " + elementType + "[] " + field + " = new " + elementType + "[" + Literals.Int(values.Count) + "];");
                return;
            }

            TableSection.WriteNumberArray(writer, elementType, field, values);
        }
    }
}
