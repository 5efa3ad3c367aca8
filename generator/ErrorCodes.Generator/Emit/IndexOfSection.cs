using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// <c>IndexOf</c>, the position of a code in the tables, in the shape the spec's <see cref="LookupSpec"/> chose:
    /// an offset, a direct slot table, or an open-addressing hash table. Each costs a few instructions and no branch
    /// that depends on comparing codes, unlike a binary search; lookups are the hot path of every generated method.
    /// </summary>
    internal static class IndexOfSection
    {
        public static void Write(DomainSpec spec, CodeWriter writer)
        {
            LookupSpec lookup = spec.Lookup;
            string first = Subtrahend(lookup.FirstCode);
            writer.Line("/// <summary>The position of <paramref name=\"code\"/> in the tables, or -1 when it is not defined.</summary>");
            writer.Open("private static int IndexOf(int code)");
            switch (lookup.Kind)
            {
                // The offset is taken in unchecked int arithmetic: subtracting the first code maps the range's codes
                // onto 0..range-1 and every other int beyond it as a uint, so one unsigned comparison is the range
                // check, and the runtime sees the array index checked against the array's length and checks no more.
                case LookupKind.Offset:
                    writer.Line("int offset = unchecked(code - " + first + ");");
                    writer.Line("return (uint)offset < " + Literals.Int(lookup.Count) + "u ? offset : -1;");
                    break;
                case LookupKind.Direct:
                    writer.Line(lookup.SlotType + "[] slots = s_slots;");
                    writer.Line("int offset = unchecked(code - " + first + ");");
                    writer.Line("return (uint)offset < (uint)slots.Length ? slots[offset] - 1 : -1;");
                    break;
                default:
                    writer.Line(lookup.SlotType + "[] slots = s_slots;");
                    writer.Line("int[] codes = s_codes;");
                    writer.Line("int i = HashSlot(code);");
                    writer.Open("while (true)");
                    writer.Line("// A slot holds a position plus one; an empty slot ends the probe, and as 0 - 1 it is the answer -1.");
                    writer.Line("int slot = slots[i];");
                    writer.Open("if (slot == 0 || codes[slot - 1] == code)");
                    writer.Line("return slot - 1;");
                    writer.Close();
                    writer.Line();
                    writer.Line("i = (i + 1) & (slots.Length - 1);");
                    writer.Close();
                    break;
            }

            writer.Close();
            if (lookup.Kind != LookupKind.Offset)
            {
                writer.Line();
                WriteSlots(lookup, writer);
            }
        }

        /// <summary>The first code as the right side of a subtraction: <c>code - (-5)</c>, not <c>code - -5</c>.</summary>
        private static string Subtrahend(int firstCode) => firstCode < 0 ? "(" + Literals.Int(firstCode) + ")" : Literals.Int(firstCode);

        /// <summary>
        /// The slots are computed from s_codes when the class is first used, so the consumer's compiler sees no second
        /// table: a large array initializer is what costs it most.
        /// </summary>
        private static void WriteSlots(LookupSpec lookup, CodeWriter writer)
        {
            if (lookup.Kind == LookupKind.Hash)
            {
                writer.Line("/// <summary>The first hash-table slot to probe for <paramref name=\"code\"/>.</summary>");
                writer.Line("private static int HashSlot(int code) => (int)(unchecked((uint)code * " + LookupSpec.HashMultiplier + ") >> " + Literals.Int(32 - lookup.HashBits) + ");");
                writer.Line();
            }

            writer.Line("/// <summary>Fills the lookup slots from <see cref=\"s_codes\"/>: each holds a position plus one, 0 when empty.</summary>");
            string slotType = lookup.SlotType;
            string slotValue = slotType == "int" ? "position + 1" : "(" + slotType + ")(position + 1)";
            writer.Open("private static " + slotType + "[] CreateSlots()");
            writer.Line("int[] codes = s_codes;");
            if (lookup.Kind == LookupKind.Direct)
            {
                writer.Line("var slots = new " + slotType + "[" + lookup.CodeRange.ToString(System.Globalization.CultureInfo.InvariantCulture) + "];");
                writer.Open("for (int position = 0; position < codes.Length; position++)");
                writer.Line("slots[unchecked(codes[position] - " + Subtrahend(lookup.FirstCode) + ")] = " + slotValue + ";");
                writer.Close();
            }
            else
            {
                writer.Line("var slots = new " + slotType + "[" + Literals.Int(lookup.HashSlots) + "];");
                writer.Open("for (int position = 0; position < codes.Length; position++)");
                writer.Line("int i = HashSlot(codes[position]);");
                writer.Open("while (slots[i] != 0)");
                writer.Line("i = (i + 1) & (slots.Length - 1);");
                writer.Close();
                writer.Line();
                writer.Line("slots[i] = " + slotValue + ";");
                writer.Close();
            }

            writer.Line();
            writer.Line("return slots;");
            writer.Close();
        }
    }
}
