using System;
using System.Collections.Generic;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// The enum values of a string-coded catalog, whose codes (<c>23505</c>, <c>42P01</c>, <c>card_declined</c>) are not
    /// numbers: each distinct code is numbered 1, 2, 3, ... in the order of its first row, and a row that repeats a
    /// code (an alias) gets the number of that first row. 0 is left to <c>default</c>, which no code has, so a default
    /// or unknown value is never mistaken for a member.
    /// <para>
    /// The rule makes the values stable for a catalog whose rows are only appended to: an appended row never changes
    /// an earlier code's number, so a value stored by an old build still means the same member. Inserting, removing
    /// or reordering rows renumbers the codes after that point.
    /// </para>
    /// </summary>
    /// <param name="RowValues">Per row, in catalog order, the enum value of the row's member.</param>
    /// <param name="Codes">The distinct codes in value order: <c>Codes[v - 1]</c> is the code of value <c>v</c>.</param>
    internal sealed record StringCodeValues(EquatableArray<int> RowValues, EquatableArray<string> Codes)
    {
        /// <summary>
        /// Numbers the codes of a catalog's rows, given in catalog order (exactly as written: codes are compared
        /// ordinally, so <c>42p01</c> is not <c>42P01</c>).
        /// </summary>
        /// <exception cref="ArgumentNullException">A code is null.</exception>
        public static StringCodeValues Assign(IReadOnlyList<string> rowCodes)
        {
            var rowValues = new int[rowCodes.Count];
            var codes = new List<string>();
            var valueOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int row = 0; row < rowCodes.Count; row++)
            {
                string code = rowCodes[row] ?? throw new ArgumentNullException(nameof(rowCodes), "Row " + row + " has no code.");
                if (!valueOf.TryGetValue(code, out int value))
                {
                    codes.Add(code);
                    value = codes.Count;
                    valueOf.Add(code, value);
                }

                rowValues[row] = value;
            }

            return new StringCodeValues(new EquatableArray<int>(rowValues), new EquatableArray<string>(codes.ToArray()));
        }
    }
}
