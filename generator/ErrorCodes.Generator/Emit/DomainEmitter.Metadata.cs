using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>The optional metadata columns: HTTP status, retryable, severity, help URL, and deprecation.</summary>
    internal sealed partial class DomainEmitter
    {
        private const string SeverityType = "global::ErrorCodes.ErrorSeverity";

        private void WriteMetadataLookups()
        {
            string e = EnumType;
            _writer.Line();
            SummaryXml("The HTTP status the catalog gives the code (its <c>http_status</c> column), or <see langword=\"null\"/> when it gives none.");
            Param("errorCode", "The error code.");
            Returns("The status, or <see langword=\"null\"/>.");
            _writer.Open("public static int? GetHttpStatus(this " + e + " errorCode)");
            _writer.Line("int index = IndexOf((int)errorCode);");
            _writer.Line("return index < 0 || s_httpStatuses[index] == 0 ? (int?)null : s_httpStatuses[index];");
            _writer.Close();
            _writer.Line();

            SummaryXml("Whether the catalog says the failed operation may succeed when tried again (its <c>retryable</c> column).");
            Param("errorCode", "The error code.");
            Returns("<see langword=\"true\"/> only when the catalog marks the code retryable.");
            _writer.Open("public static bool IsRetryable(this " + e + " errorCode)");
            _writer.Line("int index = IndexOf((int)errorCode);");
            _writer.Line("return index >= 0 && s_retryable[index];");
            _writer.Close();
            _writer.Line();

            SummaryXml("The catalog's severity of the code (its <c>severity</c> column), or <see langword=\"null\"/> when it gives none.");
            Param("errorCode", "The error code.");
            Returns("The severity, or <see langword=\"null\"/>.");
            _writer.Open("public static " + SeverityType + "? GetSeverity(this " + e + " errorCode)");
            _writer.Line("int index = IndexOf((int)errorCode);");
            _writer.Line("// 0 means no severity; the others are ErrorSeverity plus one, so an empty column is one zeroed array.");
            _writer.Line("return index < 0 || s_severities[index] == 0 ? (" + SeverityType + "?)null : (" + SeverityType + ")(s_severities[index] - 1);");
            _writer.Close();
            _writer.Line();

            SummaryXml("A link to the vendor's documentation of the code (its <c>help_url</c> column, or the file's <c>ErrorCodesHelpUrl</c> template), or <see langword=\"null\"/>.");
            Param("errorCode", "The error code.");
            Returns("The URL, or <see langword=\"null\"/>.");
            _writer.Open("public static " + NullableString + " GetHelpUrl(this " + e + " errorCode)");
            _writer.Line("int index = IndexOf((int)errorCode);");
            _writer.Line("return index < 0 ? null : s_helpUrls[index];");
            _writer.Close();
        }

        private void WriteMetadataTables()
        {
            List<ErrorMember> rows = _sortedPrimaries;
            WriteNumbers("short", "s_httpStatuses", rows.Select(m => m.HttpStatus).ToList());
            WriteNumbers("byte", "s_severities", rows.Select(m => (int)m.Severity).ToList());
            if (rows.TrueForAll(m => !m.Retryable))
            {
                _writer.Line("private static readonly bool[] s_retryable = new bool[" + Literals.Int(rows.Count) + "];");
            }
            else
            {
                WriteArray("bool", "s_retryable", rows.Select(m => m.Retryable ? "true" : "false"));
            }

            WriteTextTable("s_helpUrls", rows.ConvertAll(m => m.HelpUrl), emptyIsNull: true);
        }

        /// <summary>A table of small numbers where 0 means absent; a column the catalog leaves empty is one zeroed array.</summary>
        private void WriteNumbers(string elementType, string field, List<int> values)
        {
            if (values.TrueForAll(value => value == 0))
            {
                _writer.Line("private static readonly " + elementType + "[] " + field + " = new " + elementType + "[" + Literals.Int(values.Count) + "];");
                return;
            }

            WriteNumberArray(elementType, field, values);
        }

        /// <summary>[Obsolete] for a deprecated member and for the helpers made for it, so that using any of them warns.</summary>
        private void WriteObsolete(ErrorMember member)
        {
            if (member.IsDeprecated)
            {
                _writer.Line("[global::System.Obsolete(" + Literals.String(member.Deprecation) + ")]");
            }
        }
    }
}
