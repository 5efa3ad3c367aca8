using System.Linq;
using System.Text;
using System.Threading;
using ErrorCodes.Generator.Reading;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The reading room alone: CSV text to records whose every cell knows its value and its exact place in the file.
/// Positions are 0-based lines and UTF-16 columns of the text the compiler hands over.
/// </summary>
public class ReadingTests
{
    private const string FilePath = "/p/table.csv";

    private static CsvTable Read(string text) => Read(SourceText.From(text));

    private static CsvTable Read(SourceText text) => CsvTableReader.Read(FilePath, text, CancellationToken.None);

    private static void AssertCell(CsvCell cell, string value, (int Line, int Column) start, (int Line, int Column) end)
    {
        Assert.Equal(value, cell.Value);
        Assert.Equal(FilePath, cell.Span.FilePath);
        Assert.Equal((start, end), ((cell.Span.StartLine, cell.Span.StartColumn), (cell.Span.EndLine, cell.Span.EndColumn)));
    }

    private static string[] Values(CsvRecord record) => record.Cells.Select(cell => cell.Value).ToArray();

    [Fact]
    public void Header_and_rows_with_each_cell_at_its_place()
    {
        CsvTable table = Read("code,name,message\n-102,Authentication Fail,Authentication failed.\n250100,CHANNEL_NOT_FOUND,\n");

        Assert.Empty(table.Diagnostics);
        Assert.Equal(new[] { "code", "name", "message" }, Values(table.Header!));
        AssertCell(table.Header!.Cells[0], "code", (0, 0), (0, 4));
        AssertCell(table.Header.Cells[2], "message", (0, 10), (0, 17));

        Assert.Equal(2, table.Records.Count);
        CsvRecord first = table.Records[0];
        Assert.Equal(2, first.LineNumber);
        AssertCell(first.Cells[0], "-102", (1, 0), (1, 4));
        AssertCell(first.Cells[1], "Authentication Fail", (1, 5), (1, 24));
        AssertCell(first.Cells[2], "Authentication failed.", (1, 25), (1, 47));
        Assert.Equal((1, 0, 1, 47), (first.Span.StartLine, first.Span.StartColumn, first.Span.EndLine, first.Span.EndColumn));

        // A trailing empty field is a cell of its own, empty and zero-width, after the last comma.
        AssertCell(table.Records[1].Cells[2], string.Empty, (2, 25), (2, 25));
    }

    [Fact]
    public void Quoted_field_keeps_commas_and_its_span_covers_the_quotes()
    {
        CsvTable table = Read("code,name\n1,\"a, b\"\n");

        AssertCell(table.Records.Single().Cells[1], "a, b", (1, 2), (1, 8));
    }

    [Fact]
    public void Doubled_quotes_become_one_quote()
    {
        CsvTable table = Read("code,name,message\n1,\"say \"\"hi\"\"\",\"\"\"\"\n2,\"\",x\n");

        Assert.Empty(table.Diagnostics);
        AssertCell(table.Records[0].Cells[1], "say \"hi\"", (1, 2), (1, 14));
        AssertCell(table.Records[0].Cells[2], "\"", (1, 15), (1, 19));
        AssertCell(table.Records[1].Cells[1], string.Empty, (2, 2), (2, 4));
    }

    [Fact]
    public void Multi_line_field_spans_its_lines_and_the_next_record_starts_after_it()
    {
        CsvTable table = Read("code,message,name\n1,\"first\nsecond\nthird\",A\n2,x,B\n");

        Assert.Empty(table.Diagnostics);
        AssertCell(table.Records[0].Cells[1], "first\nsecond\nthird", (1, 2), (3, 6));
        AssertCell(table.Records[0].Cells[2], "A", (3, 7), (3, 8));
        Assert.Equal(5, table.Records[1].LineNumber);
        AssertCell(table.Records[1].Cells[2], "B", (4, 4), (4, 5));
    }

    [Fact]
    public void CRLF_ends_records_without_entering_values_and_a_CRLF_inside_quotes_is_data()
    {
        CsvTable table = Read("code,name,message\r\n1,A,\"a\r\nb\"\r\n2,B,c\r\n");

        Assert.Empty(table.Diagnostics);
        Assert.Equal(new[] { "code", "name", "message" }, Values(table.Header!));
        Assert.Equal(new[] { "1", "A", "a\r\nb" }, Values(table.Records[0]));
        AssertCell(table.Records[0].Cells[2], "a\r\nb", (1, 4), (2, 2));
        Assert.Equal(new[] { "2", "B", "c" }, Values(table.Records[1]));
        AssertCell(table.Records[1].Cells[2], "c", (3, 4), (3, 5));
    }

    [Fact]
    public void Last_record_without_a_line_break_is_read()
    {
        CsvTable table = Read("code,name\n1,A");

        AssertCell(table.Records.Single().Cells[1], "A", (1, 2), (1, 3));
    }

    [Fact]
    public void BOM_kept_in_the_text_is_not_part_of_the_first_column_name()
    {
        CsvTable table = Read("\uFEFFcode,name\n1,A\n");

        Assert.Equal(new[] { "code", "name" }, Values(table.Header!));
        Assert.Equal(1, table.Header!.Cells[0].Span.Start);
        AssertCell(table.Records.Single().Cells[0], "1", (1, 0), (1, 1));
    }

    [Fact]
    public void BOM_decoded_from_bytes_leaves_positions_from_the_first_character()
    {
        byte[] bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("code,name\n1,A\n")).ToArray();
        CsvTable table = Read(SourceText.From(bytes, bytes.Length));

        AssertCell(table.Header!.Cells[0], "code", (0, 0), (0, 4));
        AssertCell(table.Records.Single().Cells[1], "A", (1, 2), (1, 3));
    }

    [Fact]
    public void Blank_and_whitespace_only_lines_are_skipped_without_shifting_positions()
    {
        CsvTable table = Read("\ncode,name\n\n1,A\n   \n\t\n2,B\n\n");

        Assert.Empty(table.Diagnostics);
        AssertCell(table.Header!.Cells[0], "code", (1, 0), (1, 4));
        Assert.Equal(new[] { 4, 7 }, table.Records.Select(record => record.LineNumber).ToArray());
        AssertCell(table.Records[1].Cells[1], "B", (6, 2), (6, 3));
    }

    [Fact]
    public void Spaces_around_unquoted_values_are_kept()
    {
        CsvTable table = Read("code,name\n 1 , A B \n");

        AssertCell(table.Records.Single().Cells[0], " 1 ", (1, 0), (1, 3));
        AssertCell(table.Records.Single().Cells[1], " A B ", (1, 4), (1, 9));
    }

    [Fact]
    public void Columns_count_UTF16_units_of_non_Latin_text_and_emoji()
    {
        CsvTable table = Read("code,name,message\n1,에러,\U0001F600 ok\n");

        AssertCell(table.Records.Single().Cells[1], "에러", (1, 2), (1, 4));
        AssertCell(table.Records.Single().Cells[2], "\U0001F600 ok", (1, 5), (1, 10));
    }

    [Fact]
    public void Rows_of_any_length_are_read_as_they_are()
    {
        // Judging the field count is the model's business; the reader only reports what is there.
        CsvTable table = Read("code,name\n1\n2,B,extra\n");

        Assert.Equal(new[] { "1" }, Values(table.Records[0]));
        Assert.Equal(new[] { "2", "B", "extra" }, Values(table.Records[1]));
        AssertCell(table.Records[1].Cells[2], "extra", (2, 4), (2, 9));
    }

    [Fact]
    public void Unterminated_quote_is_a_diagnostic_at_the_opening_quote_and_ends_the_table()
    {
        CsvTable table = Read("code,name\n1,A\n2,\"open\n3,C\n");

        Assert.Single(table.Records);
        var diagnostic = Assert.Single(table.Diagnostics);
        Assert.Equal("EC1011", diagnostic.Descriptor.Id);
        Assert.Equal((2, 2, 2, 3), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
        Assert.StartsWith("\"open", diagnostic.Arguments[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_inside_an_unquoted_field_is_a_diagnostic_on_that_field_and_drops_only_its_record()
    {
        CsvTable table = Read("code,name\n1,A\n2,a\"b\n3,C\n");

        Assert.Equal(new[] { "1", "3" }, table.Records.Select(record => record.Cells[0].Value).ToArray());
        var diagnostic = Assert.Single(table.Diagnostics);
        Assert.Equal("EC1012", diagnostic.Descriptor.Id);
        Assert.Equal((2, 2, 2, 5), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
        Assert.Equal("a\"b", diagnostic.Arguments[0]);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_a_diagnostic_on_that_field()
    {
        CsvTable table = Read("code,name,message\n1,\"a\"b,x\n2,B,y\n");

        Assert.Equal(new[] { "2" }, table.Records.Select(record => record.Cells[0].Value).ToArray());
        var diagnostic = Assert.Single(table.Diagnostics);
        Assert.Equal("EC1012", diagnostic.Descriptor.Id);
        Assert.Equal((1, 2, 1, 6), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
    }

    [Fact]
    public void Empty_text_has_no_header_no_records_and_says_the_file_is_empty()
    {
        CsvTable table = Read(string.Empty);

        Assert.Null(table.Header);
        Assert.Empty(table.Records);
        Assert.Equal("EC1025", Assert.Single(table.Diagnostics).Descriptor.Id);
    }

    [Fact]
    public void Reading_the_same_text_twice_gives_equal_tables()
    {
        // Equal tables let the pipeline cache a catalog whose text did not change.
        const string text = "code,name,message\n1,A,\"x\ny\"\n2,B,\n";

        Assert.Equal(Read(text), Read(text));
        Assert.NotEqual(Read(text), Read(text.Replace("B", "C")));
    }
}
