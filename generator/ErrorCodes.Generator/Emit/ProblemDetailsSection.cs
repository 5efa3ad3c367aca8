namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// <c>ToProblemDetails</c>, written into the exception when the compilation has ASP.NET Core's ProblemDetails.
    /// RFC 9457 wants <c>title</c> to name the problem type the same way for every occurrence, and the occurrence's
    /// own text in <c>detail</c>: the title is the vendor's name of the code (short, fixed per code, and never empty,
    /// where a message template can be empty or hold placeholders), the detail the exception's message.
    /// </summary>
    internal static class ProblemDetailsSection
    {
        private const string Problem = "global::Microsoft.AspNetCore.Mvc.ProblemDetails";

        /// <param name="writer">The writer.</param>
        /// <param name="stringCode">Whether the <c>code</c> extension is the vendor's string (<c>CodeText</c>) rather than the number.</param>
        public static void Write(CodeWriter writer, bool stringCode)
        {
            writer.Line();
            writer.SummaryXml("An RFC 9457 problem description of this error: <c>status</c> the code's HTTP status (500 when the catalog gives none), "
                + "<c>title</c> the vendor's name of the code (the same for every occurrence), <c>detail</c> this occurrence's message, <c>type</c> the help URL, "
                + "and the extensions <c>code</c>, <c>name</c>, <c>domain</c>, <c>known</c> and <c>retryable</c>.");
            writer.Returns("A new problem description.");
            writer.Open("public virtual " + Problem + " ToProblemDetails()");
            writer.Line("var problem = new " + Problem);
            writer.Line("{");
            writer.Line("    Status = HttpStatus ?? 500,");
            writer.Line("    Title = ErrorName,");
            writer.Line("    Detail = Message,");
            writer.Line("    Type = HelpUrl,");
            writer.Line("};");
            writer.Line(stringCode ? "problem.Extensions[\"code\"] = CodeText;" : "problem.Extensions[\"code\"] = Code;");
            writer.Line("problem.Extensions[\"name\"] = ErrorName;");
            writer.Line("problem.Extensions[\"domain\"] = Domain;");
            writer.Line("problem.Extensions[\"known\"] = IsKnown;");
            writer.Line("problem.Extensions[\"retryable\"] = IsRetryable;");
            writer.Line("return problem;");
            writer.Close();
        }
    }
}
