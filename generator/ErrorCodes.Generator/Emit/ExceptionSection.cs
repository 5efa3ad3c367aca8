using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// The domain's exception: constructors, the library's properties, <c>FromCode</c> and <c>Create</c>. A row's
    /// exception with its message filled is <c>Create(code, Format&lt;Member&gt;(...))</c>, not a method of its own
    /// (see <see cref="GeneratedNames.CreateMethod"/>).
    /// </summary>
    internal static class ExceptionSection
    {
        public static void Write(DomainSpec spec, CodeWriter writer)
        {
            writer.SummaryXml("An error of the " + Literals.XmlText(spec.Domain.Domain) + " catalog, carrying its " + DocComments.Cref(spec.Names.EnumType) + ".");
            writer.Line(Fragments.GeneratedCodeAttribute);
            writer.NotClsCompliant(!spec.TypesAreClsCompliant);
            writer.Open(Fragments.TypeAccessibility(spec) + " partial class " + spec.Names.Exception + " : global::ErrorCodes.ErrorCodeException");
            WriteConstructors(spec, writer);
            WriteProperties(spec, writer);
            if (spec.IsStringCoded)
            {
                StringCodeExceptionParts.WriteFromCode(spec, writer);
            }
            else
            {
                WriteFromCode(spec, writer);
            }

            WriteCreate(spec, writer);
            if (spec.Settings.HasProblemDetails)
            {
                ProblemDetailsSection.Write(writer, spec.IsStringCoded);
            }

            writer.Close();
        }

        private static void WriteConstructors(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            string lookups = spec.Names.LookupClassType;
            string inner = Fragments.NullableException(spec);
            writer.SummaryXml("Creates the exception with the catalog's message for <paramref name=\"errorCode\"/>.");
            writer.Param("errorCode", "The error code.");
            Constructor(spec, writer, "(" + e + " errorCode)", ": this(errorCode, " + lookups + ".GetMessage(errorCode), null)", null);
            writer.Line();

            writer.SummaryXml("Creates the exception with the catalog's message and the exception that caused it.");
            writer.Param("errorCode", "The error code.");
            writer.Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
            Constructor(spec, writer, "(" + e + " errorCode, " + inner + " innerException)", ": this(errorCode, " + lookups + ".GetMessage(errorCode), innerException)", null);
            writer.Line();

            writer.SummaryXml("Creates the exception with a message of the caller's, such as a filled template or the server's own text.");
            writer.Param("errorCode", "The error code.");
            writer.Param("message", "The message.");
            Constructor(spec, writer, "(" + e + " errorCode, string message)", ": this(errorCode, message, null)", null);
            writer.Line();

            writer.SummaryXml("Creates the exception with a message of the caller's and the exception that caused it.");
            writer.Param("errorCode", "The error code.");
            writer.Param("message", "The message.");
            writer.Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
            Constructor(spec, writer, "(" + e + " errorCode, string message, " + inner + " innerException)", ": base(message, innerException)", "ErrorCode = errorCode;");
            writer.Line();
        }

        private static void Constructor(DomainSpec spec, CodeWriter writer, string parameters, string initializer, string? body)
        {
            writer.Line("public " + spec.Names.Exception + parameters);
            writer.Line("    " + initializer);
            writer.Line("{");
            if (body != null)
            {
                writer.Line("    " + body);
            }

            writer.Line("}");
        }

        private static void WriteProperties(DomainSpec spec, CodeWriter writer)
        {
            string lookups = spec.Names.LookupClassType;
            string nullableString = Fragments.NullableString(spec);
            writer.Summary("The error code.");
            writer.Line("public " + spec.Names.EnumType + " ErrorCode { get; }");
            writer.Line();
            if (spec.IsStringCoded)
            {
                StringCodeExceptionParts.WriteCodeProperties(spec, writer);
            }
            else
            {
                writer.Summary("The numeric error code as the vendor defines it.");
                writer.Line(Fragments.ErrorCodeMarker(spec));
                writer.Line("public override int Code => (int)ErrorCode;");
            }

            writer.Line();
            writer.Summary("The vendor's name of the error as written in the catalog.");
            writer.Line("public override string ErrorName => " + lookups + ".GetName(ErrorCode);");
            writer.Line();
            writer.Summary("The catalog (domain) the code belongs to.");
            writer.Line("public override string Domain => " + lookups + ".Domain;");
            writer.Line();
            writer.SummaryXml("Whether the catalog defines the code; <see langword=\"false\"/> for a code from a server newer than the catalog (see <c>FromCode</c>).");
            writer.Line("public override bool IsKnown => " + lookups + ".IsDefined(ErrorCode);");
            writer.Line();
            writer.Summary("The HTTP status the catalog gives the code, or null.");
            writer.Line("public override int? HttpStatus => " + lookups + ".GetHttpStatus(ErrorCode);");
            writer.Line();
            writer.Summary("Whether the catalog says the failed operation may succeed when tried again.");
            writer.Line("public override bool IsRetryable => " + lookups + ".IsRetryable(ErrorCode);");
            writer.Line();
            writer.Summary("The catalog's severity of the code, or null.");
            writer.Line("public override " + Fragments.SeverityType + "? Severity => " + lookups + ".GetSeverity(ErrorCode);");
            writer.Line();
            writer.Summary("The catalog's category (section) of the code, or null.");
            writer.Line("public override " + nullableString + " Category => " + lookups + ".GetCategory(ErrorCode);");
            writer.Line();
            writer.Summary("A link to the vendor's documentation of the code, or null.");
            writer.Line("public override " + nullableString + " HelpUrl => " + lookups + ".GetHelpUrl(ErrorCode);");
        }

        /// <summary>
        /// What the two <c>FromCode</c> overloads of numeric and string-coded catalogs share: the overload without an
        /// inner exception, which calls the other, and the other's documentation and header, left open for its body.
        /// </summary>
        /// <param name="codeType">The code's parameter type: <c>int</c> or <c>string</c>.</param>
        /// <param name="codeDoc">The code parameter's documentation.</param>
        /// <param name="unknownKeeps">What an unknown code's exception keeps, after "an unknown code".</param>
        internal static void OpenFromCode(DomainSpec spec, CodeWriter writer, string codeType, string codeDoc, string unknownKeeps)
        {
            string nullableString = Fragments.NullableString(spec);
            string header = "public static " + spec.Names.Exception + " FromCode(" + Fragments.ErrorCodeMarker(spec) + " " + codeType + " code, " + nullableString + " serverMessage";
            const string ServerMessageDoc = "The server's message, kept as the exception's message; <see langword=\"null\"/> or empty for the catalog's message.";
            writer.Line();
            writer.SummaryXml("The exception for a code received from a server, which may be newer than the catalog. A known code gets its member, its category type "
                + "and, without server text, the catalog's message; an unknown code " + unknownKeeps + " (<see cref=\"IsKnown\"/> is <see langword=\"false\"/>). Never throws.");
            writer.Param("code", codeDoc);
            writer.Param("serverMessage", ServerMessageDoc);
            writer.Returns("The exception, not yet thrown.");
            writer.Open(header + ")");
            writer.Line("return FromCode(code, serverMessage, null);");
            writer.Close();
            writer.Line();

            writer.SummaryXml("The exception for a code received from a server, with the exception that caused it.");
            writer.Param("code", codeDoc);
            writer.Param("serverMessage", ServerMessageDoc);
            writer.Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
            writer.Returns("The exception, not yet thrown.");
            writer.Open(header + ", " + Fragments.NullableException(spec) + " innerException)");
        }

        private static void WriteFromCode(DomainSpec spec, CodeWriter writer)
        {
            OpenFromCode(spec, writer, "int", "The numeric code as received.", "keeps its raw number");
            writer.Line("return " + GeneratedNames.CreateMethod + "((" + spec.Names.EnumType + ")code, string.IsNullOrEmpty(serverMessage) ? null : serverMessage, innerException);");
            writer.Close();
            writer.Line();
        }

        /// <summary><c>Create</c>: the exception of the code's category type (the spec's category types, conflicts removed), else the domain's.</summary>
        private static void WriteCreate(DomainSpec spec, CodeWriter writer)
        {
            string lookups = spec.Names.LookupClassType;
            writer.SummaryXml("Creates the exception for <paramref name=\"errorCode\"/> as the type of its category, so that <c>catch</c> can select a whole category. "
                + "With a row's message filled: <c>Create(code, " + spec.Names.LookupClass + "." + GeneratedNames.FormatHelperPrefix + "&lt;Member&gt;(...))</c>.");
            writer.Param("errorCode", "The error code; one the catalog does not define gives an exception whose <see cref=\"IsKnown\"/> is <see langword=\"false\"/>.");
            writer.Param("message", "The message, such as the code's message filled by its format helper; <see langword=\"null\"/> for the catalog's message.");
            writer.Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
            writer.Returns("The exception, not yet thrown.");
            writer.Open("public static " + spec.Names.Exception + " " + GeneratedNames.CreateMethod + "(" + spec.Names.EnumType + " errorCode, " + Fragments.NullableString(spec) + " message = null, " + Fragments.NullableException(spec) + " innerException = null)");
            writer.Line("string text = message ?? (" + lookups + ".IsDefined(errorCode)");
            writer.Line("    ? " + lookups + ".GetMessage(errorCode)");
            writer.Line("    : " + Literals.String("The " + spec.Domain.Domain + " catalog does not define the error code ") + " + ((int)errorCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\");");
            if (spec.CategoryExceptions.Count != 0)
            {
                // A few categories, not thousands of codes: a switch on the category text stays cheap to compile.
                writer.Open("switch (" + lookups + ".GetCategory(errorCode))");
                foreach (CategoryExceptionSpec type in spec.CategoryExceptions)
                {
                    foreach (string category in type.Categories)
                    {
                        writer.Line("case " + Literals.String(category) + ":");
                    }

                    writer.Line("    return new " + spec.Names.TypeRef(type.TypeName) + "(errorCode, text, innerException);");
                }

                writer.Close();
                writer.Line();
            }

            writer.Line("return new " + spec.Names.Exception + "(errorCode, text, innerException);");
            writer.Close();
        }
    }
}
