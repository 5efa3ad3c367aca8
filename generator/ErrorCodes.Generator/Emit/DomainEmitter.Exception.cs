using System.Linq;
using System.Text;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    internal sealed partial class DomainEmitter
    {
        private void WriteException()
        {
            string e = EnumType;
            string nullableException = "global::System.Exception" + (_settings.NullableAnnotations ? "?" : string.Empty);
            SummaryXml("An error of the " + Literals.XmlText(_domain.Domain) + " catalog, carrying its " + Cref(EnumType) + ".");
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
            WriteExceptionMetadata();
            WriteExceptionFromCode();
            if (_settings.HasProblemDetails)
            {
                WriteProblemDetails();
            }

            for (int i = 0; i < _domain.Members.Count; i++)
            {
                WriteExceptionFactory(_domain.Members[i], _helperArgumentCounts[i]);
            }

            _writer.Close();
        }

        private void WriteExceptionMetadata()
        {
            _writer.Line();
            SummaryXml("Whether the catalog defines the code; <see langword=\"false\"/> for a code from a server newer than the catalog (see <c>FromCode</c>).");
            _writer.Line("public override bool IsKnown => " + ClassType + ".IsDefined(ErrorCode);");
            _writer.Line();
            Summary("The HTTP status the catalog gives the code, or null.");
            _writer.Line("public override int? HttpStatus => " + ClassType + ".GetHttpStatus(ErrorCode);");
            _writer.Line();
            Summary("Whether the catalog says the failed operation may succeed when tried again.");
            _writer.Line("public override bool IsRetryable => " + ClassType + ".IsRetryable(ErrorCode);");
            _writer.Line();
            Summary("The catalog's severity of the code, or null.");
            _writer.Line("public override " + SeverityType + "? Severity => " + ClassType + ".GetSeverity(ErrorCode);");
            _writer.Line();
            Summary("The catalog's category (section) of the code, or null.");
            _writer.Line("public override " + NullableString + " Category => " + ClassType + ".GetCategory(ErrorCode);");
            _writer.Line();
            Summary("A link to the vendor's documentation of the code, or null.");
            _writer.Line("public override " + NullableString + " HelpUrl => " + ClassType + ".GetHelpUrl(ErrorCode);");
        }

        private void WriteExceptionFromCode()
        {
            string nullableException = "global::System.Exception" + (_settings.NullableAnnotations ? "?" : string.Empty);
            _writer.Line();
            SummaryXml("The exception for a code received from a server, which may be newer than the catalog. A known code gets its member, its category type "
                + "and, without server text, the catalog's message; an unknown code keeps its raw number (<see cref=\"IsKnown\"/> is <see langword=\"false\"/>). Never throws.");
            Param("code", "The numeric code as received.");
            Param("serverMessage", "The server's message, kept as the exception's message; <see langword=\"null\"/> or empty for the catalog's message.");
            Returns("The exception, not yet thrown.");
            _writer.Open("public static " + ExceptionName + " FromCode(" + ErrorCodeMarker + " int code, " + NullableString + " serverMessage)");
            _writer.Line("return FromCode(code, serverMessage, null);");
            _writer.Close();
            _writer.Line();

            SummaryXml("The exception for a code received from a server, with the exception that caused it.");
            Param("code", "The numeric code as received.");
            Param("serverMessage", "The server's message, kept as the exception's message; <see langword=\"null\"/> or empty for the catalog's message.");
            Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
            Returns("The exception, not yet thrown.");
            _writer.Open("public static " + ExceptionName + " FromCode(" + ErrorCodeMarker + " int code, " + NullableString + " serverMessage, " + nullableException + " innerException)");
            _writer.Line("return Create((" + EnumType + ")code, string.IsNullOrEmpty(serverMessage) ? null : serverMessage, innerException);");
            _writer.Close();
            _writer.Line();

            SummaryXml("Creates the exception for <paramref name=\"errorCode\"/> as the type of its category, so that <c>catch</c> can select a whole category.");
            Param("errorCode", "The error code; one the catalog does not define gives an exception whose <see cref=\"IsKnown\"/> is <see langword=\"false\"/>.");
            Param("message", "The message; <see langword=\"null\"/> for the catalog's message.");
            Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
            Returns("The exception, not yet thrown.");
            _writer.Open("public static " + ExceptionName + " Create(" + EnumType + " errorCode, " + NullableString + " message = null, " + nullableException + " innerException = null)");
            _writer.Line("string text = message ?? (" + ClassType + ".IsDefined(errorCode)");
            _writer.Line("    ? " + ClassType + ".GetMessage(errorCode)");
            _writer.Line("    : " + Literals.String("The " + _domain.Domain + " catalog does not define the error code ") + " + ((int)errorCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\");");
            if (_domain.CategoryTypes.Count != 0)
            {
                // A few categories, not thousands of codes: a switch on the category text stays cheap to compile.
                _writer.Open("switch (" + ClassType + ".GetCategory(errorCode))");
                foreach (var group in _domain.CategoryTypes.GroupBy(c => c.TypeName))
                {
                    foreach (CategoryType category in group)
                    {
                        _writer.Line("case " + Literals.String(category.Category) + ":");
                    }

                    _writer.Line("    return new " + TypeRef(group.Key) + "(errorCode, text, innerException);");
                }

                _writer.Close();
                _writer.Line();
            }

            _writer.Line("return new " + ExceptionName + "(errorCode, text, innerException);");
            _writer.Close();
        }

        private void WriteProblemDetails()
        {
            const string Problem = "global::Microsoft.AspNetCore.Mvc.ProblemDetails";
            _writer.Line();
            SummaryXml("An RFC 9457 problem description of this error: <c>status</c> the code's HTTP status (500 when the catalog gives none), "
                + "<c>title</c> the message, <c>type</c> the help URL, and the extensions <c>code</c>, <c>name</c>, <c>domain</c>, <c>known</c> and <c>retryable</c>.");
            Returns("A new problem description.");
            _writer.Open("public virtual " + Problem + " ToProblemDetails()");
            _writer.Line("var problem = new " + Problem);
            _writer.Line("{");
            _writer.Line("    Status = HttpStatus ?? 500,");
            _writer.Line("    Title = Message,");
            _writer.Line("    Type = HelpUrl,");
            _writer.Line("};");
            _writer.Line("problem.Extensions[\"code\"] = Code;");
            _writer.Line("problem.Extensions[\"name\"] = ErrorName;");
            _writer.Line("problem.Extensions[\"domain\"] = Domain;");
            _writer.Line("problem.Extensions[\"known\"] = IsKnown;");
            _writer.Line("problem.Extensions[\"retryable\"] = IsRetryable;");
            _writer.Line("return problem;");
            _writer.Close();
        }

        private void WriteCategoryExceptions()
        {
            string nullableException = "global::System.Exception" + (_settings.NullableAnnotations ? "?" : string.Empty);
            foreach (var group in _domain.CategoryTypes.GroupBy(c => c.TypeName))
            {
                string categories = string.Join(", ", group.Select(c => c.Category));
                _writer.Line();
                SummaryXml(Literals.XmlText("An error of the " + _domain.Domain + " catalog's category " + categories + ". ")
                    + "Created by " + Cref(ExceptionType + ".Create") + ", the <c>Create</c> factories and <c>FromCode</c>.");
                _writer.Line(GeneratedCodeAttribute);
                _writer.Open("public partial class " + group.Key + " : " + ExceptionType);
                SummaryXml("Creates the exception; use " + Cref(ExceptionType + ".Create") + " to get the type that matches a code's category.");
                Param("errorCode", "The error code.");
                Param("message", "The message.");
                Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
                _writer.Line("public " + group.Key + "(" + EnumType + " errorCode, string message, " + nullableException + " innerException)");
                _writer.Line("    : base(errorCode, message, innerException)");
                _writer.Line("{");
                _writer.Line("}");
                _writer.Close();
            }
        }

        private string TypeRef(string typeName) => "global::" + Qualify(typeName);

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
            if (count == 0 || GeneratedNames.Lost(_domain.Domain, member.Identifier) != LostHelpers.None)
            {
                return;
            }

            // Written piece by piece: a catalog of thousands of rows has as many factories.
            _writer.Line();
            TextBuffer summary = _writer.StartLine().Append("/// <summary>Creates (does not throw) the exception for ");
            Literals.AppendXmlText(summary, member.Identifier);
            summary.Append(", of its category's type if it has one, with the message filled, each {N} with argN: ");
            Literals.AppendXmlText(summary, member.NeutralMessage);
            summary.Append("</summary>");
            _writer.EndLine();
            WriteObsolete(member);
            _writer.StartLine().Append("public static ").Append(ExceptionName).Append(' ').Append(GeneratedNames.FactoryPrefix).Append(member.Identifier).Append(Signature(count));
            _writer.EndLine().OpenBlock();
            _writer.StartLine().Append("return Create(").Append(EnumType).Append('.').Append(member.Identifier).Append(", ").Append(ClassType).Append('.')
                .Append(GeneratedNames.FormatHelperPrefix).Append(member.Identifier).Append('(').Append(Arguments(count)).Append("), null);");
            _writer.EndLine().Close();
        }
    }
}
