using System.Linq;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    internal sealed partial class DomainEmitter
    {
        private void WriteException()
        {
            string e = EnumType;
            string nullableException = "global::System.Exception" + (_settings.NullableAnnotations ? "?" : string.Empty);
            SummaryXml("An error of the " + Literals.XmlText(_domain.Domain) + " catalog, carrying its <see cref=\"" + EnumName + "\"/>.");
            _writer.Line(GeneratedCodeAttribute);
            _writer.Open("public partial class " + ExceptionName + " : global::ErrorCodes.ErrorCodeException");

            SummaryXml("Creates the exception with the catalog's message for <paramref name=\"errorCode\"/>.");
            Param("errorCode", "The error code.");
            Constructor("(" + e + " errorCode)", ": this(errorCode, " + ClassType + ".GetMessage(errorCode), null)", null);
            _writer.Line();

            SummaryXml("Creates the exception with the catalog's message and the exception that caused it.");
            Param("errorCode", "The error code.");
            Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
            Constructor("(" + e + " errorCode, " + nullableException + " innerException)", ": this(errorCode, " + ClassType + ".GetMessage(errorCode), innerException)", null);
            _writer.Line();

            SummaryXml("Creates the exception with a message of the caller's, such as a filled template or the server's own text.");
            Param("errorCode", "The error code.");
            Param("message", "The message.");
            Constructor("(" + e + " errorCode, string message)", ": this(errorCode, message, null)", null);
            _writer.Line();

            SummaryXml("Creates the exception with a message of the caller's and the exception that caused it.");
            Param("errorCode", "The error code.");
            Param("message", "The message.");
            Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
            Constructor("(" + e + " errorCode, string message, " + nullableException + " innerException)", ": base(message, innerException)", "ErrorCode = errorCode;");
            _writer.Line();

            Summary("The error code.");
            _writer.Line("public " + e + " ErrorCode { get; }");
            _writer.Line();
            Summary("The numeric error code as the vendor defines it.");
            _writer.Line(ErrorCodeMarker);
            _writer.Line("public override int Code => (int)ErrorCode;");
            _writer.Line();
            Summary("The vendor's name of the error as written in the catalog.");
            _writer.Line("public override string ErrorName => " + ClassType + ".GetName(ErrorCode);");
            _writer.Line();
            Summary("The catalog (domain) the code belongs to.");
            _writer.Line("public override string Domain => " + ClassType + ".Domain;");

            for (int i = 0; i < _domain.Members.Count; i++)
            {
                WriteExceptionFactory(_domain.Members[i], _helperArgumentCounts[i]);
            }

            _writer.Close();
        }

        private void Constructor(string parameters, string initializer, string? body)
        {
            _writer.Line("public " + ExceptionName + parameters);
            _writer.Line("    " + initializer);
            _writer.Line("{");
            if (body != null)
            {
                _writer.Line("    " + body);
            }

            _writer.Line("}");
        }

        private void WriteExceptionFactory(ErrorMember member, int count)
        {
            if (count == 0)
            {
                return;
            }

            string arguments = string.Join(", ", Enumerable.Range(0, count).Select(i => "arg" + i));
            _writer.Line();
            SummaryXml(Literals.XmlText("Creates the exception for " + member.Identifier + " with its message filled: " + member.NeutralMessage));
            WriteArgumentDocs(count);
            Returns("The exception, not yet thrown.");
            _writer.Open("public static " + ExceptionName + " Create" + member.Identifier + TypeParameters(count) + "(" + ArgumentList(count) + ")");
            _writer.Line("return new " + ExceptionName + "(" + EnumType + "." + member.Identifier + ", " + ClassType + ".Format" + member.Identifier + "(" + arguments + "));");
            _writer.Close();
        }
    }
}
