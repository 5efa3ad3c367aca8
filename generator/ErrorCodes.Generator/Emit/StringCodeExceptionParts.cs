using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// The parts of a string-coded catalog's exception that differ from a numeric one's: the base class's
    /// <c>Code</c> is the enum value (0 for a code the catalog does not know) and carries no code marker, the
    /// vendor's code is <c>CodeText</c> (marked, so the analyzer checks what it is compared with), and
    /// <c>FromCode</c> takes the server's text and keeps it when the catalog does not know it.
    /// </summary>
    internal static class StringCodeExceptionParts
    {
        private const string ServerCodeField = "_serverCode";

        public static void WriteCodeProperties(DomainSpec spec, CodeWriter writer)
        {
            writer.SummaryXml("The member's enum value: the generator's number for the code, 0 for a code the catalog does not know. The vendor's code is <see cref=\"CodeText\"/>.");
            writer.Line("public override int Code => (int)ErrorCode;");
            writer.Line();
            writer.SummaryXml("The vendor's code: the catalog's for a known code, the server's text for a code the catalog does not know (see <c>FromCode</c>).");
            writer.Line(Fragments.ErrorCodeMarker(spec));
            writer.Line("public override string CodeText => " + ServerCodeField + " ?? " + spec.Names.LookupClassType + ".GetCode(ErrorCode);");
            writer.Line();
            writer.SummaryXml("<see langword=\"false\"/>: this catalog's codes are strings (<see cref=\"CodeText\"/>).");
            writer.Line("public override bool IsNumericCode => false;");
            writer.Line();
            writer.Line("private " + Fragments.NullableString(spec) + " " + ServerCodeField + ";");
            writer.Line();
        }

        public static void WriteFromCode(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            string nullableString = Fragments.NullableString(spec);
            ExceptionSection.OpenFromCode(spec, writer, "string", "The vendor's code as received, compared ordinally.", "keeps the server's text as <see cref=\"CodeText\"/>");
            writer.Line(nullableString + " message = string.IsNullOrEmpty(serverMessage) ? null : serverMessage;");
            writer.Line(e + " errorCode;");
            writer.Open("if (" + spec.Names.LookupClassType + ".TryFromCode(code, out errorCode))");
            writer.Line("return " + GeneratedNames.CreateMethod + "(errorCode, message, innerException);");
            writer.Close();
            writer.Line();
            writer.Line(spec.Names.Exception + " unknown = " + GeneratedNames.CreateMethod + "(default(" + e + "), message ?? "
                + Literals.String("The " + spec.Domain.Domain + " catalog does not define the error code '") + " + code + \"'.\", innerException);");
            writer.Line("unknown." + ServerCodeField + " = code;");
            writer.Line("return unknown;");
            writer.Close();
            writer.Line();
        }
    }
}
