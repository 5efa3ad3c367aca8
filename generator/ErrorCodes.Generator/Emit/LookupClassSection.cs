using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// The static class of lookups: by code, the texts and metadata of a code, by name, the format helpers, and the
    /// tables they all read. Every lookup goes through <c>IndexOf</c> (<see cref="IndexOfSection"/>).
    /// </summary>
    internal static class LookupClassSection
    {
        public static void Write(DomainSpec spec, CodeWriter writer)
        {
            writer.SummaryXml("Lookups, names, messages and format helpers for " + DocComments.Cref(spec.Names.EnumType) + ". None uses reflection; lookups and names allocate nothing.");
            writer.Line(Fragments.GeneratedCodeAttribute);
            writer.NotClsCompliant(!spec.TypesAreClsCompliant);
            writer.Open(Fragments.TypeAccessibility(spec) + " static partial class " + spec.Names.LookupClass);

            writer.Summary("The name of the domain (the catalog) these codes belong to.");
            writer.Line("public const string Domain = " + Literals.String(spec.Domain.Domain) + ";");
            writer.Line();

            writer.SummaryXml("Every defined code once, in catalog order. A code the catalog lists again under another name appears once, as its first member.");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + spec.Names.EnumType + "> All => s_allReadOnly;");
            writer.Line();

            if (spec.IsStringCoded)
            {
                StringCodeSection.WriteCodeLookups(spec, writer);
            }
            else
            {
                WriteCodeLookups(spec, writer);
            }

            WriteTextLookups(spec, writer);
            MetadataSection.WriteLookups(spec, writer);
            NameLookupSection.Write(spec, writer);
            FormatHelperSection.Write(spec, writer);
            FormatHelperSection.WriteFillMethods(spec, writer);

            writer.Line();
            IndexOfSection.Write(spec, writer);
            writer.Line();
            if (spec.IsStringCoded)
            {
                StringCodeSection.WriteFindCode(spec, writer);
                writer.Line();
            }

            WriteFindLocalized(spec, writer);
            writer.Line();
            TableSection.Write(spec, writer);
            writer.Close();
        }

        private static void WriteCodeLookups(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            string marker = Fragments.ErrorCodeMarker(spec);
            writer.SummaryXml("Whether <paramref name=\"code\"/> is a code of this catalog.");
            writer.Param("code", "A numeric code, for example one received from the vendor.");
            writer.Returns("<see langword=\"true\"/> when the catalog defines the code.");
            writer.Line("public static bool IsDefined(" + marker + " int code) => IndexOf(code) >= 0;");
            writer.Line();

            WriteIsDefinedMember(writer, e);

            writer.SummaryXml("Converts a numeric code to its enum member; never yields a value the catalog does not define.");
            writer.Param("code", "A numeric code, for example one received from the vendor.");
            writer.Param("errorCode", "The member when the code is defined; otherwise the default value.");
            writer.Returns("<see langword=\"true\"/> when the catalog defines the code.");
            writer.Open("public static bool TryFromCode(" + marker + " int code, out " + e + " errorCode)");
            Fragments.WriteTryBody(writer, e, "IndexOf(code) >= 0", "code");
            writer.Line();
        }

        private static void WriteTextLookups(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            string nullableString = Fragments.NullableString(spec);
            string culture = Fragments.NullableCulture(spec);
            const string CultureDoc = "The culture; <see langword=\"null\"/> means <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/>.";
            WriteTextLookup(spec, writer, "GetName", "The vendor's name of the code, exactly as the catalog writes it.", "s_names", "the code in decimal digits");
            WriteTextLookup(spec, writer, "GetMemberName", "The C# member name of the code, without reflection.", "s_memberNames", "the code in decimal digits");
            WriteTextLookup(spec, writer, "GetMessage", "The message template as the catalog writes it; for a row without a message, its description, else the vendor's name.", "s_messages", "an empty string");

            writer.SummaryXml("The message for a culture: the catalog's localized message for the culture or its nearest parent, else the neutral message.");
            writer.Param("errorCode", "The error code.");
            writer.Param("culture", CultureDoc);
            writer.Returns("The localized message template.");
            writer.Open("public static string GetMessage(this " + e + " errorCode, " + culture + " culture)");
            writer.Line("int index = IndexOf((int)errorCode);");
            writer.Line("return index < 0 ? string.Empty : FindLocalized(s_localizedMessages, s_messageCultures, index, culture) ?? s_messages[index];");
            writer.Close();
            writer.Line();

            writer.SummaryXml("The longer description of the code, or <see langword=\"null\"/> when the catalog has none.");
            writer.Param("errorCode", "The error code.");
            writer.Returns("The description, or <see langword=\"null\"/>.");
            writer.Open("public static " + nullableString + " GetDescription(this " + e + " errorCode)");
            writer.Line("int index = IndexOf((int)errorCode);");
            writer.Line("return index < 0 ? null : s_descriptions[index];");
            writer.Close();
            writer.Line();

            writer.SummaryXml("The description for a culture, with fallback along the culture's parents to the neutral description.");
            writer.Param("errorCode", "The error code.");
            writer.Param("culture", CultureDoc);
            writer.Returns("The description, or <see langword=\"null\"/> when the catalog has none.");
            writer.Open("public static " + nullableString + " GetDescription(this " + e + " errorCode, " + culture + " culture)");
            writer.Line("int index = IndexOf((int)errorCode);");
            writer.Line("return index < 0 ? null : FindLocalized(s_localizedDescriptions, s_descriptionCultures, index, culture) ?? s_descriptions[index];");
            writer.Close();
            writer.Line();

            writer.SummaryXml("The catalog's category (section) of the code, or <see langword=\"null\"/> when it has none.");
            writer.Param("errorCode", "The error code.");
            writer.Returns("The category, or <see langword=\"null\"/>.");
            writer.Open("public static " + nullableString + " GetCategory(this " + e + " errorCode)");
            writer.Line("int index = IndexOf((int)errorCode);");
            writer.Line("return index < 0 ? null : s_categories[index];");
            writer.Close();
        }

        private static void WriteTextLookup(DomainSpec spec, CodeWriter writer, string method, string summary, string table, string undefinedText)
        {
            writer.Summary(summary);
            writer.Param("errorCode", "The error code.");
            writer.Returns(Literals.XmlText("The text; for a value the catalog does not define, " + undefinedText + "."));
            writer.Open("public static string " + method + "(this " + spec.Names.EnumType + " errorCode)");
            writer.Line("int index = IndexOf((int)errorCode);");
            string fallback = undefinedText == "an empty string"
                ? "string.Empty"
                : "((int)errorCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
            writer.Line("return index < 0 ? " + fallback + " : " + table + "[index];");
            writer.Close();
            writer.Line();
        }

        private static void WriteFindLocalized(DomainSpec spec, CodeWriter writer)
        {
            string nullable = Fragments.NullableMark(spec);
            string culture = Fragments.NullableCulture(spec);
            writer.Line("/// <summary>The text for the culture or its nearest parent that the catalog localizes, or null.</summary>");
            writer.Open("private static string" + nullable + " FindLocalized(string" + nullable + "[][] tables, string[] cultures, int index, " + culture + " culture)");
            writer.Line(culture + " current = culture ?? global::System.Globalization.CultureInfo.CurrentUICulture;");
            writer.Line("// The parent chain ends at the invariant culture; the bound guards against a custom culture that loops.");
            writer.Open("for (int depth = 0; current != null && current.Name.Length != 0 && depth < 16; depth++)");
            writer.Open("for (int i = 0; i < cultures.Length; i++)");
            writer.Open("if (string.Equals(cultures[i], current.Name, global::System.StringComparison.OrdinalIgnoreCase) && tables[i][index] != null)");
            writer.Line("return tables[i][index];");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line("current = current.Parent;");
            writer.Close();
            writer.Line();
            writer.Line("return null;");
            writer.Close();
        }

        /// <summary>
        /// <c>IsDefined(this DErrorCode)</c>: whether an enum value is one the catalog defines. <c>IndexOf</c> takes the
        /// enum's value in numeric and string-coded catalogs alike (the code, or the string code's number), so both
        /// write this one member.
        /// </summary>
        internal static void WriteIsDefinedMember(CodeWriter writer, string enumType)
        {
            writer.SummaryXml("Whether <paramref name=\"errorCode\"/> holds a code the catalog defines (a cast can make any value).");
            writer.Param("errorCode", "The error code.");
            writer.Returns("<see langword=\"true\"/> when the catalog defines the code.");
            writer.Line("public static bool IsDefined(this " + enumType + " errorCode) => IndexOf((int)errorCode) >= 0;");
            writer.Line();
        }
    }
}
