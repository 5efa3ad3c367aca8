using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// The lookups by code of a string-coded catalog: <c>IsDefined</c>, <c>TryFromCode</c> and <c>GetCode</c>, and
    /// <c>FindCode</c> with its tables, exactly the method <see cref="StringCodeTable.Find"/> describes. Every other
    /// lookup is by enum value and shared with numeric catalogs.
    /// </summary>
    internal static class StringCodeSection
    {
        public static void WriteCodeLookups(DomainSpec spec, CodeWriter writer)
        {
            string e = spec.Names.EnumType;
            string marker = Fragments.ErrorCodeMarker(spec);
            string nullableString = Fragments.NullableString(spec);
            writer.SummaryXml("Whether <paramref name=\"code\"/> is a code of this catalog, compared ordinally: case and spaces count.");
            writer.Param("code", "The vendor's code, for example one received from a server.");
            writer.Returns("<see langword=\"true\"/> when the catalog defines the code.");
            writer.Line("public static bool IsDefined(" + marker + " " + nullableString + " code) => FindCode(code) != 0;");
            writer.Line();

            LookupClassSection.WriteIsDefinedMember(writer, e);

            writer.SummaryXml("Converts the vendor's code to its enum member, compared ordinally; null, empty, unknown, differently cased or padded text is rejected.");
            writer.Param("code", "The vendor's code, for example one received from a server.");
            writer.Param("errorCode", "The member when the code is defined; otherwise the default value.");
            writer.Returns("<see langword=\"true\"/> when the catalog defines the code.");
            writer.Open("public static bool TryFromCode(" + marker + " " + nullableString + " code, out " + e + " errorCode)");
            writer.Line("int value = FindCode(code);");
            writer.Line("errorCode = (" + e + ")value;");
            writer.Line("return value != 0;");
            writer.Close();
            writer.Line();

            writer.SummaryXml("The vendor's code of <paramref name=\"errorCode\"/>, exactly as the catalog writes it.");
            writer.Param("errorCode", "The error code.");
            writer.Returns("The code; for a value the catalog does not define, an empty string.");
            writer.Open("public static string GetCode(this " + e + " errorCode)");
            writer.Line("uint index = unchecked((uint)errorCode - 1u);");
            writer.Line("return index < (uint)s_stringCodes.Length ? s_stringCodes[index] : string.Empty;");
            writer.Close();
            writer.Line();
        }

        /// <summary><c>FindCode</c> and its constants and tables; the codes' own table is one split literal, as the text tables are.</summary>
        public static void WriteFindCode(DomainSpec spec, CodeWriter writer)
        {
            StringCodeTable table = spec.StringCodes!;
            string nullable = Fragments.NullableMark(spec);
            writer.Line("private const uint CodeHashSeed = 0x" + table.Seed.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) + "u;");
            writer.Line("private const int MinCodeLength = " + Literals.Int(table.MinLength) + ";");
            writer.Line("private const int MaxCodeLength = " + Literals.Int(table.MaxLength) + ";");
            writer.Line("private const int CodeBucketShift = " + Literals.Int(table.BucketShift) + ";");
            writer.Line("private const int CodeSlotShift = " + Literals.Int(table.SlotShift) + ";");
            writer.Line();
            writer.Line("/// <summary>The enum value of <paramref name=\"code\"/>, or 0.</summary>");
            writer.Open("private static int FindCode(string" + nullable + " code)");
            writer.Line("// One unsigned comparison rejects every length no code has (null and the empty string too).");
            writer.Open("if ((object" + nullable + ")code == null || unchecked((uint)(code.Length - MinCodeLength)) > (uint)(MaxCodeLength - MinCodeLength))");
            writer.Line("return 0;");
            writer.Close();
            writer.Line();
            writer.Line("uint hash = CodeHash(code);");
            writer.Line();
            writer.Line("// A slot holds its code's value under 2^20 and its hash's low 12 bits above: the xor leaves the value only");
            writer.Line("// when those bits match, so an empty slot and almost every other text fail the comparison before any string does.");
            writer.Line("uint index = unchecked(((uint)s_codeSlots[CodeSlot(hash)] ^ (hash << " + Literals.Int(StringCodeTable.ValueBits) + ")) - 1u);");
            writer.Line("return index < 0x" + StringCodeTable.MaxCodes.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + "u && string.Equals(s_stringCodes[index], code) ? (int)index + 1 : 0;");
            writer.Close();
            writer.Line();
            WriteHashMethods(writer);
            writer.Line();
            WriteCreateCodeSlots(table, writer);
            writer.Line();
            writer.Line("// The vendor's codes in enum-value order (value v at v - 1), and the perfect hash's tables over them. A bucket's");
            writer.Line("// displacement is below 2^16, so one char holds it: a literal is one token for the compiler, where an initializer");
            writer.Line("// costs it an element per bucket; the slots are filled from the codes when the class is first used, for the same reason.");
            TableSection.WriteTextTable(spec, writer, "s_stringCodes", new System.Collections.Generic.List<string>(spec.Domain.StringCodes), emptyIsNull: false);
            TextBuffer line = writer.StartLine().Append("private static readonly string s_codeDisplacements = ");
            Literals.AppendString(line, DisplacementText(table));
            line.Append(';');
            writer.EndLine();
            writer.Line("private static readonly int[] s_codeSlots = CreateCodeSlots();");
        }

        /// <summary><c>CodeHash</c> and <c>CodeSlot</c>, shared by the lookup and by the slots' filling so that both hash alike.</summary>
        private static void WriteHashMethods(CodeWriter writer)
        {
            string prime = StringCodeTable.FnvPrime.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u";
            writer.Line("/// <summary>The seeded hash of <paramref name=\"code\"/>: FNV-1a's step over pairs of chars, then the odd last char.</summary>");
            writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
            writer.Open("private static uint CodeHash(string code)");
            writer.Line("// unchecked: a consumer compiled with CheckForOverflowUnderflow must not throw here.");
            writer.Line("uint hash = CodeHashSeed ^ (uint)code.Length;");
            writer.Line("int i = 0;");
            writer.Open("for (; i + 1 < code.Length; i += 2)");
            writer.Line("hash = unchecked((hash ^ (code[i] | ((uint)code[i + 1] << 16))) * " + prime + ");");
            writer.Close();
            writer.Line();
            writer.Open("if (i < code.Length)");
            writer.Line("hash = unchecked((hash ^ code[i]) * " + prime + ");");
            writer.Close();
            writer.Line();
            writer.Line("return hash;");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>The slot of a hash: its bucket's displacement xor-ed in, then mixed into the slot bits.</summary>");
            writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
            writer.Line("private static uint CodeSlot(uint hash) => unchecked((hash ^ s_codeDisplacements[(int)(hash >> CodeBucketShift)]) * 0x"
                + StringCodeTable.SlotMultiplier.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + "u) >> CodeSlotShift;");
        }

        /// <summary>
        /// <c>CreateCodeSlots</c>: puts each code's value and hash bits at its slot, as the generator's table does; the
        /// displacements make the slots distinct. An empty code is a value whose rows were dropped and takes no slot.
        /// </summary>
        private static void WriteCreateCodeSlots(StringCodeTable table, CodeWriter writer)
        {
            writer.Open("private static int[] CreateCodeSlots()");
            writer.Line("string[] codes = s_stringCodes;");
            writer.Line("var slots = new int[" + Literals.Int(table.Slots.Count) + "];");
            writer.Open("for (int i = 0; i < codes.Length; i++)");
            writer.Line("// An empty code is a value whose rows were all dropped: it is never found, so it takes no slot.");
            writer.Open("if (codes[i].Length != 0)");
            writer.Line("uint hash = CodeHash(codes[i]);");
            writer.Line("slots[CodeSlot(hash)] = unchecked((int)((hash << " + Literals.Int(StringCodeTable.ValueBits) + ") | (uint)(i + 1)));");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line("return slots;");
            writer.Close();
        }

        /// <summary>The displacements as text, one char each (every displacement is below 2^16).</summary>
        private static string DisplacementText(StringCodeTable table)
        {
            var chars = new char[table.Displacements.Count];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)table.Displacements[i];
            }

            return new string(chars);
        }

        /// <summary>The <c>Codes</c> argument of the enum's <c>[ErrorCodeDomain]</c>: the codes in value order, one per line.</summary>
        public static string CodesArgument(DomainSpec spec) => ", Codes = " + Literals.String(string.Join("\n", spec.Domain.StringCodes));
    }
}
