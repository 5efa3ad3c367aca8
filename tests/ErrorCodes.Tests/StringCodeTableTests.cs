using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using ErrorCodes.Generator.Model;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The build-time table of a string-coded catalog's lookup (<see cref="StringCodeTable"/>) and the enum numbering of
/// its codes (<see cref="StringCodeValues"/>), checked through <see cref="StringCodeTable.Find"/>, which does what the
/// generated lookup does.
/// </summary>
public class StringCodeTableTests
{
    /// <summary>The code column of the SQLSTATE seed catalog, row by row (aliases included).</summary>
    private static IReadOnlyList<string> SqlstateRowCodes()
    {
        string text = File.ReadAllText(SeedCatalogs.PathOf("postgres-sqlstate.csv"));
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture));
        parser.Read();
        var codes = new List<string>();
        while (parser.Read())
        {
            codes.Add(parser.Record![0]);
        }

        return codes;
    }

    private static IReadOnlyList<string> SqlstateCodes() => StringCodeValues.Assign(SqlstateRowCodes()).Codes;

    /// <summary>Texts that are near a code but are not one: other case, padding, one char more or less, a changed char.</summary>
    private static IEnumerable<string> NearMisses(string code)
    {
        yield return code.ToLowerInvariant();
        yield return code.ToUpperInvariant();
        yield return " " + code;
        yield return code + " ";
        yield return code + "\0";
        yield return code + "0";
        yield return "0" + code;
        yield return code.Substring(0, code.Length - 1);
        yield return code.Substring(1);
        yield return code.Substring(0, code.Length - 1) + (char)(code[code.Length - 1] + 1);
        yield return code.Replace('0', 'O');
        yield return code.Normalize(System.Text.NormalizationForm.FormD) + "\u0301";
    }

    private static void AssertFindsEveryCodeAndNothingElse(IReadOnlyList<string> codes, StringCodeTable table)
    {
        var defined = new HashSet<string>(codes, StringComparer.Ordinal);
        for (int i = 0; i < codes.Count; i++)
        {
            Assert.Equal(i + 1, table.Find(codes, codes[i]));
            foreach (string miss in NearMisses(codes[i]).Where(text => !defined.Contains(text)))
            {
                Assert.True(table.Find(codes, miss) == 0, "'" + miss + "' was found as a code");
            }
        }

        Assert.Equal(0, table.Find(codes, null));
        if (!defined.Contains(""))
        {
            Assert.Equal(0, table.Find(codes, ""));
        }
    }

    [Fact]
    public void The_hash_takes_fnv_1a_steps_over_pairs_of_chars_from_the_seed_xor_the_length()
    {
        const uint prime = 16777619;
        Assert.Equal(12345u, StringCodeTable.Hash("", 12345));
        Assert.Equal(unchecked((12345u ^ 1u ^ 'a') * prime), StringCodeTable.Hash("a", 12345));
        Assert.Equal(unchecked((12345u ^ 2u ^ ('a' | ((uint)'b' << 16))) * prime), StringCodeTable.Hash("ab", 12345));
        uint pair = unchecked((12345u ^ 3u ^ ('a' | ((uint)'b' << 16))) * prime);
        Assert.Equal(unchecked((pair ^ 'c') * prime), StringCodeTable.Hash("abc", 12345));
        // The length keeps a trailing NUL from hashing like no char at all.
        Assert.NotEqual(StringCodeTable.Hash("a", 12345), StringCodeTable.Hash("a\0", 12345));
    }

    [Fact]
    public void Texts_shorter_or_longer_than_every_code_are_rejected_before_hashing()
    {
        string[] codes = { "23505", "42P01", "XX000" };
        StringCodeTable table = StringCodeTable.Build(codes);

        Assert.Equal((5, 5), (table.MinLength, table.MaxLength));
        Assert.Equal(0, table.Find(codes, "2350"));
        Assert.Equal(0, table.Find(codes, "235055"));
        Assert.Equal(2, table.Find(codes, "42P01"));
    }

    [Fact]
    public void Every_sqlstate_is_found_at_its_value_and_near_misses_are_not()
    {
        IReadOnlyList<string> codes = SqlstateCodes();
        StringCodeTable table = StringCodeTable.Build(codes);

        AssertFindsEveryCodeAndNothingElse(codes, table);
        Assert.Equal(0, table.Find(codes, "42p01"));
        Assert.Equal(0, table.Find(codes, "23505 "));
        Assert.Equal(0, table.Find(codes, "2350"));
        Assert.Equal(0, table.Find(codes, "99999"));
    }

    [Fact]
    public void Every_slot_holds_one_code_at_most_so_a_lookup_compares_once()
    {
        IReadOnlyList<string> codes = SqlstateCodes();
        StringCodeTable table = StringCodeTable.Build(codes);

        int[] stored = table.Slots.Where(slot => slot != 0).Select(slot => slot & StringCodeTable.MaxCodes).OrderBy(value => value).ToArray();
        Assert.Equal(Enumerable.Range(1, codes.Count), stored);
        Assert.Equal(1 << (32 - table.SlotShift), table.Slots.Count);
        Assert.Equal(1 << (32 - table.BucketShift), table.Displacements.Count);
        // 262 codes: 512 slots, 256 buckets.
        Assert.Equal(512, table.Slots.Count);
        Assert.Equal(256, table.Displacements.Count);
    }

    [Fact]
    public void A_slot_keeps_the_low_hash_bits_of_its_code_above_the_value()
    {
        IReadOnlyList<string> codes = SqlstateCodes();
        StringCodeTable table = StringCodeTable.Build(codes);

        foreach (int slot in table.Slots.Where(slot => slot != 0))
        {
            int value = slot & StringCodeTable.MaxCodes;
            uint hash = StringCodeTable.Hash(codes[value - 1], table.Seed);
            Assert.Equal(hash << StringCodeTable.ValueBits, (uint)slot & ~(uint)StringCodeTable.MaxCodes);
        }
    }

    [Fact]
    public void The_same_codes_give_the_same_table()
    {
        IReadOnlyList<string> codes = SqlstateCodes();

        Assert.Equal(StringCodeTable.Build(codes), StringCodeTable.Build(codes.ToArray()));
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(20_000)]
    public void Large_catalogs_of_similar_codes_are_found(int count)
    {
        // Codes that differ in one or two chars are the hard case for a weak hash.
        string[] codes = Enumerable.Range(0, count).Select(i => "E" + i.ToString("D5", CultureInfo.InvariantCulture)).ToArray();
        StringCodeTable table = StringCodeTable.Build(codes);

        AssertFindsEveryCodeAndNothingElse(codes, table);
        Assert.True(table.Slots.Count < codes.Length * 2, "the table has " + table.Slots.Count + " slots for " + codes.Length + " codes");
    }

    [Fact]
    public void Names_as_codes_of_any_length_and_script_are_found()
    {
        string[] codes =
        {
            "ThrottlingException", "card_declined", "RATE_LIMIT_EXCEEDED", "A", "a", "AB", "BA", "é", "e\u0301", "\U0001F600",
            "x", "xx", "xxx", new string('x', 1000), "한국어", "tab\there", "NUL\0char", "a\0", "\0",
        };
        StringCodeTable table = StringCodeTable.Build(codes);

        AssertFindsEveryCodeAndNothingElse(codes, table);
    }

    [Fact]
    public void An_empty_string_is_a_gap_that_takes_no_slot_and_is_never_found()
    {
        // A value whose rows were all dropped for an error; no catalog code is empty (EC1051).
        string[] codes = { "", "23505", "", "", "42P01", "" };
        StringCodeTable table = StringCodeTable.Build(codes);

        Assert.Equal(2, table.Find(codes, "23505"));
        Assert.Equal(5, table.Find(codes, "42P01"));
        Assert.Equal(0, table.Find(codes, ""));
        Assert.Equal(0, table.Find(codes, " "));
        Assert.Equal(5, table.MinLength);
        Assert.Equal(2, table.Slots.Count(slot => slot != 0));
    }

    [Fact]
    public void A_table_of_gaps_only_finds_nothing()
    {
        string[] codes = { "", "" };
        StringCodeTable table = StringCodeTable.Build(codes);

        Assert.All(table.Slots, slot => Assert.Equal(0, slot));
        Assert.Equal(0, table.Find(codes, ""));
        Assert.Equal(0, table.Find(codes, "a"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Tiny_catalogs_keep_both_shifts_below_32(int count)
    {
        // C# masks a uint shift of 32 to 0, which would read past the tables.
        string[] codes = Enumerable.Range(0, count).Select(i => "C" + i).ToArray();
        StringCodeTable table = StringCodeTable.Build(codes);

        Assert.InRange(table.BucketShift, 1, 31);
        Assert.InRange(table.SlotShift, 1, 31);
        AssertFindsEveryCodeAndNothingElse(codes, table);
    }

    [Fact]
    public void Codes_with_the_same_hash_under_the_first_seed_are_separated_by_another_seed()
    {
        // Find two short texts whose whole 32-bit hash is equal under the first seed (FNV-1a's offset basis): no
        // displacement can part them, so the builder must change the seed.
        var seen = new Dictionary<uint, string>();
        string[]? pair = null;
        for (int i = 0; pair is null; i++)
        {
            string text = "k" + i.ToString(CultureInfo.InvariantCulture);
            uint hash = StringCodeTable.Hash(text, 2166136261);
            if (seen.TryGetValue(hash, out string? other))
            {
                pair = new[] { other, text };
            }
            else
            {
                seen.Add(hash, text);
            }
        }

        string[] codes = pair.Concat(new[] { "23505", "42P01" }).ToArray();
        StringCodeTable table = StringCodeTable.Build(codes);

        Assert.NotEqual(2166136261u, table.Seed);
        AssertFindsEveryCodeAndNothingElse(codes, table);
    }

    [Fact]
    public void Repeated_or_null_codes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => StringCodeTable.Build(new[] { "23505", "42P01", "23505" }));
        Assert.Throws<ArgumentException>(() => StringCodeTable.Build(new[] { "23505", null! }));
    }

    [Fact]
    public void Codes_are_numbered_from_one_in_order_of_first_row_and_aliases_share_the_number()
    {
        StringCodeValues values = StringCodeValues.Assign(new[] { "b", "a", "b", "c", "A" });

        Assert.Equal(new[] { 1, 2, 1, 3, 4 }, values.RowValues);
        Assert.Equal(new[] { "b", "a", "c", "A" }, values.Codes);
    }

    [Fact]
    public void Sqlstate_rows_are_numbered_with_aliases_on_their_first_rows_value()
    {
        IReadOnlyList<string> rows = SqlstateRowCodes();
        StringCodeValues values = StringCodeValues.Assign(rows);

        Assert.Equal(268, values.RowValues.Count);
        Assert.Equal(262, values.Codes.Count);
        Assert.DoesNotContain(0, values.RowValues);
        Assert.Equal(1, values.RowValues[0]); // 00000 successful_completion
        int[] arrayRows = Enumerable.Range(0, rows.Count).Where(row => rows[row] == "2202E").ToArray();
        Assert.Equal(2, arrayRows.Length);
        Assert.Equal(values.RowValues[arrayRows[0]], values.RowValues[arrayRows[1]]);
        for (int row = 0; row < rows.Count; row++)
        {
            Assert.Equal(rows[row], values.Codes[values.RowValues[row] - 1]);
        }
    }

    [Fact]
    public void Appending_rows_never_changes_the_value_of_an_earlier_row()
    {
        IReadOnlyList<string> rows = SqlstateRowCodes();
        StringCodeValues all = StringCodeValues.Assign(rows);

        for (int length = 0; length <= rows.Count; length += 7)
        {
            StringCodeValues older = StringCodeValues.Assign(rows.Take(length).ToArray());
            Assert.Equal(all.RowValues.Take(length), older.RowValues);
        }
    }

    [Fact]
    public void Numbering_compares_codes_ordinally_and_refuses_null()
    {
        Assert.Equal(new[] { 1, 2 }, StringCodeValues.Assign(new[] { "42P01", "42p01" }).RowValues);
        Assert.Throws<ArgumentNullException>(() => StringCodeValues.Assign(new[] { "42P01", null! }));
    }
}
