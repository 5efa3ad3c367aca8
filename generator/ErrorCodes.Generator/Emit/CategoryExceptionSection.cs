using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>One exception type per category type the spec keeps (those another catalog claims are gone), deriving from the domain's exception.</summary>
    internal static class CategoryExceptionSection
    {
        public static void Write(DomainSpec spec, CodeWriter writer)
        {
            string exceptionType = spec.Names.ExceptionType;
            foreach (CategoryExceptionSpec type in spec.CategoryExceptions)
            {
                string categories = string.Join(", ", type.Categories);
                writer.Line();
                writer.SummaryXml(Literals.XmlText("An error of the " + spec.Domain.Domain + " catalog's category " + categories + ". ")
                    + "Created by " + DocComments.Cref(exceptionType + "." + GeneratedNames.CreateMethod) + " and <c>FromCode</c>.");
                writer.Line(Fragments.GeneratedCodeAttribute);
                writer.NotClsCompliant(!spec.TypesAreClsCompliant);
                writer.Open(Fragments.TypeAccessibility(spec) + " partial class " + type.TypeName + " : " + exceptionType);
                writer.SummaryXml("Creates the exception; use " + DocComments.Cref(exceptionType + "." + GeneratedNames.CreateMethod) + " to get the type that matches a code's category.");
                writer.Param("errorCode", "The error code.");
                writer.Param("message", "The message.");
                writer.Param("innerException", "The exception that caused this one, or <see langword=\"null\"/>.");
                writer.Line("public " + type.TypeName + "(" + spec.Names.EnumType + " errorCode, string message, " + Fragments.NullableException(spec) + " innerException)");
                writer.Line("    : base(errorCode, message, innerException)");
                writer.Line("{");
                writer.Line("}");
                writer.Close();
            }
        }
    }
}
