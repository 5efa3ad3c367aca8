using System;
using System.Globalization;
using System.Text;
using ErrorCodes.Generator.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The emitter's output buffer, which the compiler reads in place as a <see cref="SourceText"/>: every character
/// must come back at its position, across chunk boundaries, exactly as a string built the usual way.
/// </summary>
public class TextBufferTests
{
    [Fact]
    public void Text_read_in_place_equals_the_same_text_built_as_a_string()
    {
        // A small chunk size puts chunk boundaries inside appended strings, ints and repeated characters.
        var buffer = new TextBuffer(chunkSize: 16);
        var expected = new StringBuilder();
        var random = new Random(7);
        for (int i = 0; i < 500; i++)
        {
            switch (random.Next(5))
            {
                case 0:
                    string text = new string((char)('a' + random.Next(26)), random.Next(40)) + "\n";
                    buffer.Append(text);
                    expected.Append(text);
                    break;
                case 1:
                    int number = random.Next(int.MinValue, int.MaxValue);
                    buffer.Append(number);
                    expected.Append(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case 2:
                    int count = random.Next(20);
                    buffer.Append(' ', count);
                    expected.Append(' ', count);
                    break;
                case 3:
                    buffer.Append('é');
                    expected.Append('é');
                    break;
                default:
                    const string Source = "0123456789abcdefghijklmnopqrstuvwxyz";
                    int start = random.Next(Source.Length);
                    int length = random.Next(Source.Length - start + 1);
                    buffer.Append(Source, start, length);
                    expected.Append(Source, start, length);
                    break;
            }
        }

        string all = expected.ToString();
        Assert.Equal(all.Length, buffer.Length);
        Assert.Equal(all, buffer.ToString());

        SourceText text2 = buffer.ToSourceText(Encoding.UTF8);
        Assert.Equal(all.Length, text2.Length);
        Assert.Equal(all, text2.ToString());
        Assert.Same(Encoding.UTF8, text2.Encoding);
        for (int i = 0; i < all.Length; i++)
        {
            Assert.Equal(all[i], text2[i]);
        }

        // Every window a reader may ask for, including ones that start and end inside chunks.
        for (int start = 0; start < all.Length; start += 37)
        {
            int count = Math.Min(101, all.Length - start);
            var window = new char[count + 2];
            text2.CopyTo(start, window, 1, count);
            Assert.Equal(all.Substring(start, count), new string(window, 1, count));
        }

        Assert.Equal(Convert.ToHexString(SourceText.From(all, Encoding.UTF8).GetChecksum().AsSpan()), Convert.ToHexString(text2.GetChecksum().AsSpan()));
        Assert.Equal(SourceText.From(all).Lines.Count, text2.Lines.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-7)]
    [InlineData(10)]
    [InlineData(250999)]
    [InlineData(-100000)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Ints_are_written_in_invariant_digits(int value)
    {
        var buffer = new TextBuffer();
        buffer.Append(value);
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), buffer.ToString());
    }

    [Fact]
    public void Positions_outside_the_text_are_refused()
    {
        var buffer = new TextBuffer(chunkSize: 16);
        buffer.Append("0123456789abcdefXYZ");
        SourceText text = buffer.ToSourceText(Encoding.UTF8);
        Assert.Throws<ArgumentOutOfRangeException>(() => text[19]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(10, new char[20], 0, 10));

        // What is appended after the text was handed out is not part of it.
        buffer.Append("more");
        Assert.Equal(19, text.Length);
        Assert.Equal("0123456789abcdefXYZ", text.ToString());
    }

    [Fact]
    public void The_compiler_parses_the_text_in_place_as_it_parses_the_string()
    {
        var buffer = new TextBuffer(chunkSize: 16);
        var expected = new StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            string line = "public static class C" + i.ToString(CultureInfo.InvariantCulture) + " { public const string S = \"" + new string('x', i % 50) + "\"; }\n";
            buffer.Append(line);
            expected.Append(line);
        }

        var inPlace = CSharpSyntaxTree.ParseText(buffer.ToSourceText(Encoding.UTF8));
        var fromString = CSharpSyntaxTree.ParseText(expected.ToString());
        Assert.Empty(inPlace.GetDiagnostics());
        Assert.True(inPlace.GetRoot().IsEquivalentTo(fromString.GetRoot()));
        Assert.Equal(expected.ToString(), inPlace.GetRoot().ToFullString());
    }
}
