using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// definitions/postgres-sqlstate.csv against facts of PostgreSQL's src/backend/utils/errcodes.txt, the table it is
/// transcribed from: its rows in order, its sections, its E/W/S kinds, the codes it lists twice and the condition
/// names it gives to several codes.
/// </summary>
public class PostgresSqlstateCatalogTests
{
    private sealed record Row(int Line, string Code, string Name, string Member, string Category, string Duplicate, string Severity);

    private static readonly IReadOnlyList<Row> Rows = Read();

    private static IReadOnlyList<Row> Read()
    {
        string text = File.ReadAllText(SeedCatalogs.PathOf("postgres-sqlstate.csv"));
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture));
        Assert.True(parser.Read());
        Assert.Equal(new[] { "code", "name", "member", "category", "duplicate", "severity" }, parser.Record);
        var rows = new List<Row>();
        while (parser.Read())
        {
            string[] f = parser.Record!;
            Assert.Equal(6, f.Length);
            rows.Add(new Row(parser.Row, f[0], f[1], f[2], f[3], f[4], f[5]));
        }

        return rows;
    }

    private static Row Single(string code, string name) => Assert.Single(Rows, row => row.Code == code && row.Name == name);

    [Fact]
    public void Has_every_row_of_the_vendor_table_in_its_order()
    {
        // errcodes.txt has 268 code lines: 262 distinct SQLSTATEs, six of them listed twice.
        Assert.Equal(268, Rows.Count);
        Assert.Equal(262, Rows.Select(row => row.Code).Distinct().Count());
        Assert.Equal("00000", Rows[0].Code);
        Assert.Equal("successful_completion", Rows[0].Name);
        Assert.Equal("XX002", Rows[^1].Code);
        Assert.Equal("index_corrupted", Rows[^1].Name);
        // The vendor's order inside a section is not sorted: 0100C comes before 01008.
        Assert.Equal(new[] { "01000", "0100C", "01008", "01003" }, Rows.Skip(1).Take(4).Select(row => row.Code));
    }

    [Fact]
    public void Codes_are_five_characters_exactly_as_written()
    {
        Assert.All(Rows, row => Assert.Matches("^[0-9A-Z]{5}$", row.Code));
        // About half are all digits, yet still strings: the leading zeros stay.
        Assert.Contains(Rows, row => row.Code == "00000");
        Assert.Contains(Rows, row => row.Code == "08006");
        Assert.Contains(Rows, row => row.Code.Any(char.IsLetter));
    }

    [Theory]
    [InlineData("23505", "unique_violation", "Class 23 - Integrity Constraint Violation", "error")]
    [InlineData("42P01", "undefined_table", "Class 42 - Syntax Error or Access Rule Violation", "error")]
    [InlineData("40001", "serialization_failure", "Class 40 - Transaction Rollback", "error")]
    [InlineData("40P01", "deadlock_detected", "Class 40 - Transaction Rollback", "error")]
    [InlineData("57014", "query_canceled", "Class 57 - Operator Intervention", "error")]
    [InlineData("25P04", "transaction_timeout", "Class 25 - Invalid Transaction State", "error")]
    [InlineData("0100C", "dynamic_result_sets_returned", "Class 01 - Warning", "warning")]
    [InlineData("02000", "no_data", "Class 02 - No Data (this is also a warning class per the SQL standard)", "warning")]
    [InlineData("00000", "successful_completion", "Class 00 - Successful Completion", "info")]
    [InlineData("P0001", "raise_exception", "Class P0 - PL/pgSQL Error", "error")]
    [InlineData("HV00N", "fdw_unable_to_establish_connection", "Class HV - Foreign Data Wrapper Error (SQL/MED)", "error")]
    public void Known_codes_have_the_vendors_name_section_and_kind(string code, string name, string category, string severity)
    {
        Row row = Single(code, name);
        Assert.Equal(category, row.Category);
        Assert.Equal(severity, row.Severity);
        Assert.Equal("", row.Member);
        Assert.Equal("", row.Duplicate);
    }

    [Fact]
    public void Severity_follows_the_vendors_class_kind()
    {
        // S (success) only in class 00, W (warning) in classes 01 and 02, E (error) everywhere else.
        Assert.All(Rows, row => Assert.Equal(
            row.Code.StartsWith("00", StringComparison.Ordinal) ? "info" : row.Code.StartsWith("01", StringComparison.Ordinal) || row.Code.StartsWith("02", StringComparison.Ordinal) ? "warning" : "error",
            row.Severity));
    }

    [Fact]
    public void Every_section_of_the_vendor_table_is_a_category_in_order()
    {
        string[] categories = Rows.Select(row => row.Category).Distinct().ToArray();
        Assert.Equal(43, categories.Length);
        Assert.Equal("Class 00 - Successful Completion", categories[0]);
        Assert.Equal("Class XX - Internal Error", categories[^1]);
        // A section's rows are together, and (but for the four aliases the vendor lists under class 42) their codes
        // start with the section's two-character class.
        Assert.All(Rows.Where(row => row.Duplicate != "true"), row => Assert.StartsWith("Class " + row.Code.Substring(0, 2) + " - ", row.Category));
    }

    [Fact]
    public void Codes_listed_twice_are_marked_duplicate_on_the_later_row()
    {
        var repeated = Rows.Where(row => row.Duplicate == "true")
            .Select(row => (row.Code, row.Name, row.Member))
            .ToArray();
        Assert.Equal(
            new[]
            {
                // 2202E is listed first by macro only (ERRCODE_ARRAY_ELEMENT_ERROR), then as array_subscript_error.
                ("2202E", "array_subscript_error", ""),
                // 22008 is datetime_field_overflow, then ERRCODE_DATETIME_VALUE_OUT_OF_RANGE without a condition name.
                ("22008", "", "DatetimeValueOutOfRange"),
                // Class 42 lists four codes of other classes again, by macro only.
                ("34000", "", "UndefinedCursor"),
                ("3D000", "", "UndefinedDatabase"),
                ("26000", "", "UndefinedPstatement"),
                ("3F000", "", "UndefinedSchema"),
            },
            repeated);

        Row first = Rows.First(row => row.Code == "2202E");
        Assert.Equal(("", "ArrayElementError", ""), (first.Name, first.Member, first.Duplicate));
        Assert.Equal("datetime_field_overflow", Rows.First(row => row.Code == "22008").Name);
        Assert.Equal("invalid_cursor_name", Rows.First(row => row.Code == "34000").Name);
    }

    [Fact]
    public void Names_shared_by_several_codes_keep_the_name_and_get_a_member_on_the_later_code()
    {
        var shared = Rows.Where(row => row.Name != "")
            .GroupBy(row => row.Name)
            .Where(group => group.Count() > 1)
            .ToDictionary(group => group.Key, group => group.Select(row => (row.Code, row.Member)).ToArray());

        Assert.Equal(5, shared.Count);
        Assert.Equal(new[] { ("01004", ""), ("22001", "StringDataRightTruncation22001") }, shared["string_data_right_truncation"]);
        Assert.Equal(new[] { ("22004", ""), ("39004", "NullValueNotAllowed39004") }, shared["null_value_not_allowed"]);
        Assert.Equal(new[] { ("2F002", ""), ("38002", "ModifyingSqlDataNotPermitted38002") }, shared["modifying_sql_data_not_permitted"]);
        Assert.Equal(new[] { ("2F003", ""), ("38003", "ProhibitedSqlStatementAttempted38003") }, shared["prohibited_sql_statement_attempted"]);
        Assert.Equal(new[] { ("2F004", ""), ("38004", "ReadingSqlDataNotPermitted38004") }, shared["reading_sql_data_not_permitted"]);
        // 01004 is a warning and 22001 an error under the same name.
        Assert.Equal("warning", Single("01004", "string_data_right_truncation").Severity);
        Assert.Equal("error", Single("22001", "string_data_right_truncation").Severity);
    }

    [Fact]
    public void Only_rows_the_vendor_gives_no_condition_name_or_a_shared_one_set_member()
    {
        Assert.Equal(11, Rows.Count(row => row.Member != ""));
        Assert.All(Rows.Where(row => row.Name == ""), row => Assert.NotEqual("", row.Member));
        Assert.Equal(6, Rows.Count(row => row.Name == ""));
        Assert.All(Rows.Where(row => row.Name != ""), row => Assert.Matches("^[a-z][a-z0-9_]*$", row.Name));
    }
}
