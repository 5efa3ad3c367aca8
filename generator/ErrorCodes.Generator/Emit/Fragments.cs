using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>Pieces of code that several sections write the same way.</summary>
    internal static class Fragments
    {
        /// <summary>[GeneratedCode] with the generator's own version, so the attribute says which generator wrote the code.</summary>
        public static readonly string GeneratedCodeAttribute =
            "[global::System.CodeDom.Compiler.GeneratedCode(\"ErrorCodes\", \"" + GeneratorVersion() + "\")]";

        public const string SeverityType = "global::ErrorCodes.ErrorSeverity";

        /// <summary>Marks an int as holding a code of this domain, so the analyzer checks the constants that flow into it.</summary>
        public static string ErrorCodeMarker(DomainSpec spec) => "[global::ErrorCodes.ErrorCode(typeof(" + spec.Names.EnumType + "))]";

        /// <summary><c>string?</c> where nullable annotations are allowed, else <c>string</c>.</summary>
        public static string NullableString(DomainSpec spec) => spec.Settings.NullableAnnotations ? "string?" : "string";

        /// <summary>The <c>?</c> of a nullable reference type where annotations are allowed, else nothing.</summary>
        public static string NullableMark(DomainSpec spec) => spec.Settings.NullableAnnotations ? "?" : string.Empty;

        public static string NullableCulture(DomainSpec spec) => "global::System.Globalization.CultureInfo" + NullableMark(spec);

        public static string NullableException(DomainSpec spec) => "global::System.Exception" + NullableMark(spec);

        /// <summary>Appends <c>&lt;T0, T1&gt;(T0 arg0, T1 arg1)</c> for two placeholders, without a string of its own.</summary>
        public static TextBuffer AppendSignature(TextBuffer line, int count)
        {
            AppendTypeParameters(line, count).Append('(');
            for (int i = 0; i < count; i++)
            {
                line.Append(i == 0 ? "T" : ", T").Append(i).Append(" arg").Append(i);
            }

            return line.Append(')');
        }

        /// <summary>Appends <c>&lt;T0, T1&gt;</c> for two placeholders.</summary>
        public static TextBuffer AppendTypeParameters(TextBuffer line, int count)
        {
            line.Append('<');
            for (int i = 0; i < count; i++)
            {
                line.Append(i == 0 ? "T" : ", T").Append(i);
            }

            return line.Append('>');
        }

        /// <summary>Appends <c>arg0, arg1</c> for two placeholders.</summary>
        public static TextBuffer AppendArguments(TextBuffer line, int count)
        {
            for (int i = 0; i < count; i++)
            {
                line.Append(i == 0 ? "arg" : ", arg").Append(i);
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
