using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>Pieces of code that several sections write the same way.</summary>
    internal static class Fragments
    {
        /// <summary>[GeneratedCode] with the generator's own version, so the attribute says which generator wrote the code.</summary>
        public static readonly string GeneratedCodeAttribute =
            "[" + GeneratedCodeAttributeName + "(\"" + GeneratorName + "\", \"" + GeneratorVersion() + "\")]";

        /// <summary>The attribute's name as written, which the analyzer reads to tell the generator's types from the project's.</summary>
        public const string GeneratedCodeAttributeName = "global::System.CodeDom.Compiler.GeneratedCode";

        /// <summary>The tool the attribute names.</summary>
        public const string GeneratorName = "ErrorCodes";

        public const string SeverityType = "global::ErrorCodes.ErrorSeverity";

        /// <summary>The accessibility of every type of the domain: <c>public</c>, or <c>internal</c> when the catalog asks for it.</summary>
        public static string TypeAccessibility(DomainSpec spec) => spec.Domain.IsInternal ? "internal" : "public";

        /// <summary>Marks an int as holding a code of this domain, so the analyzer checks the constants that flow into it.</summary>
        public static string ErrorCodeMarker(DomainSpec spec) => "[global::ErrorCodes.ErrorCode(typeof(" + spec.Names.EnumType + "))]";

        /// <summary>
        /// The body of a <c>Try...(..., out E errorCode)</c> lookup: when <paramref name="found"/> holds, the code
        /// <paramref name="code"/> as the enum and <see langword="true"/>; otherwise the default value and
        /// <see langword="false"/>. The method's header is already open; this closes it.
        /// </summary>
        public static void WriteTryBody(CodeWriter writer, string enumType, string found, string code)
        {
            writer.Open("if (" + found + ")");
            writer.Line("errorCode = (" + enumType + ")" + code + ";");
            writer.Line("return true;");
            writer.Close();
            writer.Line();
            writer.Line("errorCode = default(" + enumType + ");");
            writer.Line("return false;");
            writer.Close();
        }

        /// <summary><c>string?</c> where nullable annotations are allowed, else <c>string</c>.</summary>
        public static string NullableString(DomainSpec spec) => spec.Settings.NullableAnnotations ? "string?" : "string";

        /// <summary>The <c>?</c> of a nullable reference type where annotations are allowed, else nothing.</summary>
        public static string NullableMark(DomainSpec spec) => spec.Settings.NullableAnnotations ? "?" : string.Empty;

        public static string NullableCulture(DomainSpec spec) => "global::System.Globalization.CultureInfo" + NullableMark(spec);

        public static string NullableException(DomainSpec spec) => "global::System.Exception" + NullableMark(spec);

        /// <summary>
        /// Appends a format helper's type parameters and parameter list, <c>&lt;T0&gt;(long arg1, T0 arg2)</c>: the
        /// one place the format helper and the exception factory take their signature from.
        /// </summary>
        public static TextBuffer AppendSignature(TextBuffer line, MemberSpec member)
        {
            bool first = true;
            foreach (HelperParameter parameter in member.Parameters)
            {
                if (parameter.IsTypeParameter)
                {
                    line.Append(first ? "<" : ", ").Append(parameter.Type);
                    first = false;
                }
            }

            line.Append(first ? "(" : ">(");
            first = true;
            foreach (HelperParameter parameter in member.Parameters)
            {
                line.Append(first ? string.Empty : ", ").Append(parameter.Type).Append(' ').Append(parameter.Name);
                first = false;
            }

            return line.Append(')');
        }

        /// <summary>Appends the format helper's arguments as its callers pass them on: <c>arg1, arg2</c>, <c>seconds</c>.</summary>
        public static TextBuffer AppendArguments(TextBuffer line, MemberSpec member)
        {
            bool first = true;
            foreach (HelperParameter parameter in member.Parameters)
            {
                line.Append(first ? string.Empty : ", ").Append(parameter.Name);
                first = false;
            }

            return line;
        }

        private static string GeneratorVersion()
        {
            System.Version version = typeof(Fragments).Assembly.GetName().Version ?? new System.Version(0, 0, 0);
            return version.ToString(3);
        }
    }
}
