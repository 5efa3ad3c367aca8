using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>Lookup by vendor name or member name, through an index built on first use; aliases' names lead to their code too.</summary>
    internal static class NameLookupSection
    {
        public static void Write(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            writer.Line();
            writer.SummaryXml("Converts a vendor name, else a C# member name, to its member (ordinal comparison). A vendor name the catalog gives several codes means the first of them in catalog order.");
            writer.Param("name", "The vendor's name, such as one received from a server, or the member name.");
            writer.Param("errorCode", "The member when the name is known; otherwise the default value.");
            writer.Returns("<see langword=\"true\"/> when the catalog knows the name.");
            writer.Open("public static bool TryFromName(" + Fragments.NullableString(spec) + " name, out " + e + " errorCode)");
            writer.Line("int code;");
            Fragments.WriteTryBody(writer, e, "name != null && NameIndex.Codes.TryGetValue(name, out code)", "code");
            writer.Line();
            WriteNameIndex(spec, writer);
        }

        private static void WriteNameIndex(DomainSpec spec, CodeWriter writer)
        {
            EquatableArray<MemberSpec> aliases = spec.Aliases;
            writer.Line("/// <summary>Names to codes, built on first use: a program that never looks up a name pays nothing for it.</summary>");
            writer.Open("private static class NameIndex");
            if (aliases.Count != 0)
            {
                // Declared before Codes: static fields are initialized in the order they are written.
                writer.Line("// Members that repeat a code under another name: their names lead to the code too.");
                var codes = new int[aliases.Count];
                var names = new string[aliases.Count];
                var memberNames = new string[aliases.Count];
                for (int i = 0; i < aliases.Count; i++)
                {
                    codes[i] = aliases[i].Row.Code;
                    names[i] = Literals.String(aliases[i].Row.Name);
                    memberNames[i] = Literals.String(aliases[i].Row.Identifier);
                }

                TableSection.WriteNumberArray(writer, "int", "s_aliasCodes", codes);
                TableSection.WriteArray(writer, "string", "s_aliasNames", names);
                TableSection.WriteArray(writer, "string", "s_aliasMemberNames", memberNames);
                writer.Line();
            }

            writer.Line("internal static readonly global::System.Collections.Generic.Dictionary<string, int> Codes = Build();");
            writer.Line();
            writer.Open("private static global::System.Collections.Generic.Dictionary<string, int> Build()");
            writer.Line("var codes = new global::System.Collections.Generic.Dictionary<string, int>(global::System.StringComparer.Ordinal);");
            writer.Line("// Vendor names before member names, each in catalog order, so that the first row giving a name wins.");
            WriteAddLoops(writer, "s_names", "s_aliasNames", aliases.Count != 0);
            WriteAddLoops(writer, "s_memberNames", "s_aliasMemberNames", aliases.Count != 0);
            writer.Line("return codes;");
            writer.Close();
            writer.Line();
            writer.Open("private static void Add(global::System.Collections.Generic.Dictionary<string, int> codes, string name, int code)");
            writer.Open("if (name.Length != 0 && !codes.ContainsKey(name))");
            writer.Line("codes.Add(name, code);");
            writer.Close();
            writer.Close();

            writer.Close();
        }

        /// <summary>Adds one kind of name: the primaries' in catalog order, then the aliases'.</summary>
        private static void WriteAddLoops(CodeWriter writer, string table, string aliasTable, bool hasAliases)
        {
            writer.Open("for (int i = 0; i < s_catalogOrder.Length; i++)");
            writer.Line("Add(codes, " + table + "[IndexOf(s_catalogOrder[i])], s_catalogOrder[i]);");
            writer.Close();
            writer.Line();
            if (hasAliases)
            {
                writer.Open("for (int i = 0; i < s_aliasCodes.Length; i++)");
                writer.Line("Add(codes, " + aliasTable + "[i], s_aliasCodes[i]);");
                writer.Close();
                writer.Line();
            }
        }
    }
}
