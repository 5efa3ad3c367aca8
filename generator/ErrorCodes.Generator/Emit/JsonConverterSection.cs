using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// The System.Text.Json converter, written when the compilation has System.Text.Json and the catalog does not turn it
    /// off (<see cref="DomainSpec.HasJsonConverter"/>); it reads names through <c>TryFromName</c>.
    /// </summary>
    internal static class JsonConverterSection
    {
        private const string Json = "global::System.Text.Json.";

        public static void Write(DomainSpec spec, CodeWriter writer)
        {
            string converter = spec.Names.JsonConverter;
            writer.SummaryXml("Reads " + DocComments.Cref(spec.Names.EnumType) + " from JSON as a number or as a string holding a vendor name, member name or number, and writes it as a number "
                + "(or as its member name, when created so). A code the catalog does not define is kept as its number, so a newer server's code survives. No reflection.");
            writer.Line(Fragments.GeneratedCodeAttribute);
            writer.NotClsCompliant(!spec.TypesAreClsCompliant);
            writer.Open(Fragments.TypeAccessibility(spec) + " sealed class " + converter + " : " + Json + "Serialization.JsonConverter<" + spec.Names.EnumType + ">");
            writer.Line("private readonly bool _writeMemberNames;");
            writer.Line();
            writer.SummaryXml("Creates the converter that writes codes as numbers; the enum's [JsonConverter] attribute uses it.");
            writer.Open("public " + converter + "()");
            writer.Close();
            writer.Line();
            writer.SummaryXml("Creates the converter, choosing how it writes codes.");
            writer.Param("writeMemberNames", "<see langword=\"true\"/> to write a defined code as its C# member name; undefined codes are still written as numbers.");
            writer.Open("public " + converter + "(bool writeMemberNames)");
            writer.Line("_writeMemberNames = writeMemberNames;");
            writer.Close();
            writer.Line();

            WriteRead(spec, writer);
            if (spec.Settings.HasJsonPropertyNames)
            {
                WritePropertyNames(spec, writer);
            }

            WriteFromText(spec, writer);
            WriteWrite(spec, writer);
            writer.Close();
        }

        private static void WriteRead(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            writer.Line("/// <inheritdoc/>");
            writer.Open("public override " + e + " Read(ref " + Json + "Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + "JsonSerializerOptions options)");
            writer.Open("if (reader.TokenType == " + Json + "JsonTokenType.Number)");
            writer.Line("int number;");
            writer.Open("if (reader.TryGetInt32(out number))");
            writer.Line("return (" + e + ")number;");
            writer.Close();
            writer.Line();
            writer.Line("throw new " + Json + "JsonException(" + Literals.String("A " + spec.Domain.Domain + " error code must be a 32-bit integer.") + ");");
            writer.Close();
            writer.Line();
            writer.Open("if (reader.TokenType == " + Json + "JsonTokenType.String)");
            writer.Line("return FromText(reader.GetString());");
            writer.Close();
            writer.Line();
            writer.Line("throw new " + Json + "JsonException(" + Literals.String("A " + spec.Domain.Domain + " error code must be a JSON number or string.") + ");");
            writer.Close();
            writer.Line();
        }

        /// <summary>
        /// Without these, a dictionary keyed by the enum would fail: a converter on the type replaces the built-in key
        /// handling (System.Text.Json 6 on).
        /// </summary>
        private static void WritePropertyNames(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            string lookups = spec.Names.LookupClassType;
            writer.Line("/// <inheritdoc/>");
            writer.Open("public override " + e + " ReadAsPropertyName(ref " + Json + "Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + "JsonSerializerOptions options)");
            writer.Line("return FromText(reader.GetString());");
            writer.Close();
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Open("public override void WriteAsPropertyName(" + Json + "Utf8JsonWriter writer, " + e + " value, " + Json + "JsonSerializerOptions options)");
            if (spec.IsStringCoded)
            {
                writer.Line("writer.WritePropertyName(!" + lookups + ".IsDefined(value)");
                writer.Line("    ? ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture)");
                writer.Line("    : _writeMemberNames ? " + lookups + ".GetMemberName(value) : " + lookups + ".GetCode(value));");
            }
            else
            {
                writer.Line("writer.WritePropertyName(_writeMemberNames && " + lookups + ".IsDefined(value)");
                writer.Line("    ? " + lookups + ".GetMemberName(value)");
                writer.Line("    : ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture));");
            }

            writer.Close();
            writer.Line();
        }

        private static void WriteFromText(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            writer.Line("/// <summary>A vendor name, member name or number in text.</summary>");
            writer.Open("private static " + e + " FromText(" + Fragments.NullableString(spec) + " text)");
            writer.Line(e + " errorCode;");
            if (spec.IsStringCoded)
            {
                // The vendor's code first: it is what the converter writes, and a code may also read as a number.
                writer.Open("if (" + spec.Names.LookupClassType + ".TryFromCode(text, out errorCode))");
                writer.Line("return errorCode;");
                writer.Close();
                writer.Line();
            }

            writer.Open("if (" + spec.Names.LookupClassType + ".TryFromName(text, out errorCode))");
            writer.Line("return errorCode;");
            writer.Close();
            writer.Line();
            if (!spec.IsStringCoded)
            {
                // Not for string codes: an unknown code such as "00003" would read as the value of another code.
                writer.Line("int code;");
                writer.Open("if (int.TryParse(text, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out code))");
                writer.Line("return (" + e + ")code;");
                writer.Close();
                writer.Line();
            }
            writer.Line("throw new " + Json + "JsonException(\"'\" + text + " + Literals.String("' is neither a name nor a code of the " + spec.Domain.Domain + " catalog.") + ");");
            writer.Close();
            writer.Line();
        }

        private static void WriteWrite(DomainSpec spec, CodeWriter writer)
        {
            string lookups = spec.Names.LookupClassType;
            writer.Line("/// <inheritdoc/>");
            writer.Open("public override void Write(" + Json + "Utf8JsonWriter writer, " + spec.Names.EnumType + " value, " + Json + "JsonSerializerOptions options)");
            if (spec.IsStringCoded)
            {
                writer.Open("if (" + lookups + ".IsDefined(value))");
                writer.Line("writer.WriteStringValue(_writeMemberNames ? " + lookups + ".GetMemberName(value) : " + lookups + ".GetCode(value));");
                writer.Close();
            }
            else
            {
                writer.Open("if (_writeMemberNames && " + lookups + ".IsDefined(value))");
                writer.Line("writer.WriteStringValue(" + lookups + ".GetMemberName(value));");
                writer.Close();
            }

            writer.Open("else");
            writer.Line("writer.WriteNumberValue((int)value);");
            writer.Close();
            writer.Close();
        }
    }
}
