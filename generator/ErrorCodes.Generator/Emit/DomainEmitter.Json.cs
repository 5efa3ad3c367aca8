using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>Lookup by name, and the System.Text.Json converter that uses it.</summary>
    internal sealed partial class DomainEmitter
    {
        private void WriteNameLookup()
        {
            string e = EnumType;
            _writer.Line();
            SummaryXml("Converts a vendor name, else a C# member name, to its member (ordinal comparison). A vendor name the catalog gives several codes means the first of them in catalog order.");
            Param("name", "The vendor's name, such as one received from a server, or the member name.");
            Param("errorCode", "The member when the name is known; otherwise the default value.");
            Returns("<see langword=\"true\"/> when the catalog knows the name.");
            _writer.Open("public static bool TryFromName(" + NullableString + " name, out " + e + " errorCode)");
            _writer.Line("int code;");
            _writer.Open("if (name != null && NameIndex.Codes.TryGetValue(name, out code))");
            _writer.Line("errorCode = (" + e + ")code;");
            _writer.Line("return true;");
            _writer.Close();
            _writer.Line();
            _writer.Line("errorCode = default(" + e + ");");
            _writer.Line("return false;");
            _writer.Close();
            _writer.Line();

            List<ErrorMember> aliases = _domain.Members.Where(m => m.IsAlias).ToList();
            _writer.Line("/// <summary>Names to codes, built on first use: a program that never looks up a name pays nothing for it.</summary>");
            _writer.Open("private static class NameIndex");
            if (aliases.Count != 0)
            {
                // Declared before Codes: static fields are initialized in the order they are written.
                _writer.Line("// Members that repeat a code under another name: their names lead to the code too.");
                WriteNumberArray("int", "s_aliasCodes", aliases.Select(m => m.Code));
                WriteArray("string", "s_aliasNames", aliases.Select(m => Literals.String(m.Name)));
                WriteArray("string", "s_aliasMemberNames", aliases.Select(m => Literals.String(m.Identifier)));
                _writer.Line();
            }

            _writer.Line("internal static readonly global::System.Collections.Generic.Dictionary<string, int> Codes = Build();");
            _writer.Line();
            _writer.Open("private static global::System.Collections.Generic.Dictionary<string, int> Build()");
            _writer.Line("var codes = new global::System.Collections.Generic.Dictionary<string, int>(global::System.StringComparer.Ordinal);");
            _writer.Line("// Vendor names before member names, each in catalog order, so that the first row giving a name wins.");
            _writer.Open("for (int i = 0; i < s_catalogOrder.Length; i++)");
            _writer.Line("Add(codes, s_names[IndexOf(s_catalogOrder[i])], s_catalogOrder[i]);");
            _writer.Close();
            _writer.Line();
            if (aliases.Count != 0)
            {
                _writer.Open("for (int i = 0; i < s_aliasCodes.Length; i++)");
                _writer.Line("Add(codes, s_aliasNames[i], s_aliasCodes[i]);");
                _writer.Close();
                _writer.Line();
            }

            _writer.Open("for (int i = 0; i < s_catalogOrder.Length; i++)");
            _writer.Line("Add(codes, s_memberNames[IndexOf(s_catalogOrder[i])], s_catalogOrder[i]);");
            _writer.Close();
            _writer.Line();
            if (aliases.Count != 0)
            {
                _writer.Open("for (int i = 0; i < s_aliasCodes.Length; i++)");
                _writer.Line("Add(codes, s_aliasMemberNames[i], s_aliasCodes[i]);");
                _writer.Close();
                _writer.Line();
            }

            _writer.Line("return codes;");
            _writer.Close();
            _writer.Line();
            _writer.Open("private static void Add(global::System.Collections.Generic.Dictionary<string, int> codes, string name, int code)");
            _writer.Open("if (name.Length != 0 && !codes.ContainsKey(name))");
            _writer.Line("codes.Add(name, code);");
            _writer.Close();
            _writer.Close();

            _writer.Close();
        }

        private void WriteJsonConverter()
        {
            string e = EnumType;
            const string Json = "global::System.Text.Json.";
            SummaryXml("Reads " + Cref(EnumType) + " from JSON as a number or as a string holding a vendor name, member name or number, and writes it as a number "
                + "(or as its member name, when created so). A code the catalog does not define is kept as its number, so a newer server's code survives. No reflection.");
            _writer.Line(GeneratedCodeAttribute);
            _writer.Open("public sealed class " + JsonConverterName + " : " + Json + "Serialization.JsonConverter<" + e + ">");
            _writer.Line("private readonly bool _writeMemberNames;");
            _writer.Line();
            SummaryXml("Creates the converter that writes codes as numbers; the enum's [JsonConverter] attribute uses it.");
            _writer.Open("public " + JsonConverterName + "()");
            _writer.Close();
            _writer.Line();
            SummaryXml("Creates the converter, choosing how it writes codes.");
            Param("writeMemberNames", "<see langword=\"true\"/> to write a defined code as its C# member name; undefined codes are still written as numbers.");
            _writer.Open("public " + JsonConverterName + "(bool writeMemberNames)");
            _writer.Line("_writeMemberNames = writeMemberNames;");
            _writer.Close();
            _writer.Line();

            _writer.Line("/// <inheritdoc/>");
            _writer.Open("public override " + e + " Read(ref " + Json + "Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + "JsonSerializerOptions options)");
            _writer.Open("if (reader.TokenType == " + Json + "JsonTokenType.Number)");
            _writer.Line("int number;");
            _writer.Open("if (reader.TryGetInt32(out number))");
            _writer.Line("return (" + e + ")number;");
            _writer.Close();
            _writer.Line();
            _writer.Line("throw new " + Json + "JsonException(" + Literals.String("A " + _domain.Domain + " error code must be a 32-bit integer.") + ");");
            _writer.Close();
            _writer.Line();
            _writer.Open("if (reader.TokenType == " + Json + "JsonTokenType.String)");
            _writer.Line("return FromText(reader.GetString());");
            _writer.Close();
            _writer.Line();
            _writer.Line("throw new " + Json + "JsonException(" + Literals.String("A " + _domain.Domain + " error code must be a JSON number or string.") + ");");
            _writer.Close();
            _writer.Line();

            if (_settings.HasJsonPropertyNames)
            {
                // Without these, a dictionary keyed by the enum would fail: a converter on the type replaces the
                // built-in key handling.
                _writer.Line("/// <inheritdoc/>");
                _writer.Open("public override " + e + " ReadAsPropertyName(ref " + Json + "Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + "JsonSerializerOptions options)");
                _writer.Line("return FromText(reader.GetString());");
                _writer.Close();
                _writer.Line();
                _writer.Line("/// <inheritdoc/>");
                _writer.Open("public override void WriteAsPropertyName(" + Json + "Utf8JsonWriter writer, " + e + " value, " + Json + "JsonSerializerOptions options)");
                _writer.Line("writer.WritePropertyName(_writeMemberNames && " + ClassType + ".IsDefined(value)");
                _writer.Line("    ? " + ClassType + ".GetMemberName(value)");
                _writer.Line("    : ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture));");
                _writer.Close();
                _writer.Line();
            }

            _writer.Line("/// <summary>A vendor name, member name or number in text.</summary>");
            _writer.Open("private static " + e + " FromText(" + NullableString + " text)");
            _writer.Line(e + " errorCode;");
            _writer.Open("if (" + ClassType + ".TryFromName(text, out errorCode))");
            _writer.Line("return errorCode;");
            _writer.Close();
            _writer.Line();
            _writer.Line("int code;");
            _writer.Open("if (int.TryParse(text, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out code))");
            _writer.Line("return (" + e + ")code;");
            _writer.Close();
            _writer.Line();
            _writer.Line("throw new " + Json + "JsonException(\"'\" + text + " + Literals.String("' is neither a name nor a code of the " + _domain.Domain + " catalog.") + ");");
            _writer.Close();
            _writer.Line();

            _writer.Line("/// <inheritdoc/>");
            _writer.Open("public override void Write(" + Json + "Utf8JsonWriter writer, " + e + " value, " + Json + "JsonSerializerOptions options)");
            _writer.Open("if (_writeMemberNames && " + ClassType + ".IsDefined(value))");
            _writer.Line("writer.WriteStringValue(" + ClassType + ".GetMemberName(value));");
            _writer.Close();
            _writer.Open("else");
            _writer.Line("writer.WriteNumberValue((int)value);");
            _writer.Close();
            _writer.Close();
            _writer.Close();
        }
    }
}
