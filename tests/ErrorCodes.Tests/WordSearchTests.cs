using System.IO;
using System.Text;
using System.Threading;
using ErrorCodes.Generator.Analysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>The analyzer's test for a name in a file's text, which reads the text in pieces of 8,192 characters.</summary>
public class WordSearchTests
{
    private static readonly string[] Words = { "Code", "ErrorCode" };

    [Theory]
    [InlineData("Code", true)]
    [InlineData("e.Code == 1", true)]
    [InlineData("[ErrorCode(typeof(X))]", true)]
    [InlineData("GetHashCode() + CodeText + LiveStationErrorCode + Code_1 + Code2", false)]
    [InlineData("", false)]
    public void Finds_a_name_only_as_a_whole_word(string text, bool found)
        => Assert.Equal(found, WordSearch.MentionsAny(SourceText.From(text), Words, CancellationToken.None));

    [Theory]
    [InlineData(8190)]
    [InlineData(8191)]
    [InlineData(8192)]
    [InlineData(8183)]
    [InlineData(8184)]
    [InlineData(16370)]
    public void Finds_a_name_that_straddles_two_pieces(int at)
    {
        string text = new string('x', at) + " ErrorCode " + new string('y', 30000);
        Assert.True(WordSearch.MentionsAny(SourceText.From(text), Words, CancellationToken.None));
        Assert.False(WordSearch.MentionsAny(SourceText.From(text.Replace(" ErrorCode ", "_ErrorCode ")), Words, CancellationToken.None));
        Assert.False(WordSearch.MentionsAny(SourceText.From(text.Replace(" ErrorCode ", " ErrorCodes")), Words, CancellationToken.None));
    }

    [Fact]
    public void Reads_a_large_file_the_compiler_keeps_in_chunks()
    {
        // The compiler reads a file of over about 40,000 characters into a chunked text, not one string.
        var source = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            source.Append("int value").Append(i).Append(" = GetHashCode();\n");
        }

        string without = source.ToString();
        string with = without + "bool Last(E e) => e.Code == 1;\n";
        Assert.False(WordSearch.MentionsAny(FromStream(without), Words, CancellationToken.None));
        Assert.True(WordSearch.MentionsAny(FromStream(with), Words, CancellationToken.None));
    }

    private static SourceText FromStream(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return SourceText.From(stream, Encoding.UTF8);
    }
}
