using System.Linq;
using System.Text;
using ErrorCodes.Generator.Model.Placeholders;
using Xunit;

namespace ErrorCodes.Tests.Placeholders;

/// <summary>
/// win32 messages filled from their parsed parts and the runtime's printf, against the outputs Microsoft's
/// documentation of FormatMessage gives (Remarks and Examples of FormatMessage in the Windows SDK docs,
/// learn.microsoft.com/windows/win32/api/winbase/nf-winbase-formatmessage; and CStringT::FormatMessage's example).
/// </summary>
public class FormatMessageTests
{
    /// <summary>Fills the parts the way a generated helper would: text as is, each insert through PrintfFormatter.</summary>
    internal static string Fill(ParsedMessage message, params object[] arguments)
    {
        var builder = new StringBuilder();
        foreach (MessagePart part in message.Parts)
        {
            if (!part.IsPlaceholder)
            {
                builder.Append(part.Text);
                continue;
            }

            PrintfSpec spec = PrintfSpec.Parse(part.Spec);
            if (part.WidthParameter >= 0)
            {
                spec = spec.WithWidth((int)arguments[part.WidthParameter]);
            }

            if (part.PrecisionParameter >= 0)
            {
                spec = spec.WithPrecision((int)arguments[part.PrecisionParameter]);
            }

            object value = arguments[part.Parameter];
            builder.Append(value switch
            {
                int number => PrintfFormatter.Format(spec, number),
                uint number => PrintfFormatter.Format(spec, number),
                long number => PrintfFormatter.Format(spec, number),
                double number => PrintfFormatter.Format(spec, number),
                char character => PrintfFormatter.Format(spec, character),
                _ => PrintfFormatter.Format(spec, value.ToString()),
            });
        }

        return builder.ToString();
    }

    [Fact]
    public void The_documented_argument_array_example_fills_as_documented()
    {
        // "%1!*.*s! %4 %5!*s!" with the array 4, 2, Bill, Bob, 6, Bill: "  Bi Bob   Bill".
        ParsedMessage message = Win32TemplateParser.Parse("%1!*.*s! %4 %5!*s!");
        Assert.Empty(message.Problems);
        Assert.Equal(
            new[] { ParameterKind.StarInt, ParameterKind.StarInt, ParameterKind.Generic, ParameterKind.Generic, ParameterKind.StarInt, ParameterKind.Generic },
            message.Parameters.Select(parameter => parameter.Kind));
        Assert.Equal("  Bi Bob   Bill", Fill(message, 4, 2, "Bill", "Bob", 6, "Bill"));
    }

    [Fact]
    public void The_documented_insert_repeat_example_fills_as_documented()
    {
        // "%1 %2 %1" with Bill and Bob: "Bill Bob Bill".
        ParsedMessage message = Win32TemplateParser.Parse("%1 %2 %1");
        Assert.Equal(2, message.Parameters.Count);
        Assert.Equal("Bill Bob Bill", Fill(message, "Bill", "Bob"));
    }

    [Fact]
    public void The_CStringT_example_fills_as_documented()
    {
        // CStringT::FormatMessage: "%1!d! of %2!d! writers agree: Soccer is %3%!" with 4, 5, Best.
        ParsedMessage message = Win32TemplateParser.Parse("%1!d! of %2!d! writers agree: Soccer is %3%!");
        Assert.Equal(new[] { ParameterKind.Integer, ParameterKind.Integer, ParameterKind.Generic }, message.Parameters.Select(parameter => parameter.Kind));
        Assert.Equal("4 of 5 writers agree: Soccer is Best!", Fill(message, 4, 5, "Best"));
    }

    [Theory]
    [InlineData("100%% sure", "100% sure")]
    [InlineData("a%nb", "a\r\nb")]
    [InlineData("a%rb", "a\rb")]
    [InlineData("a%tb", "a\tb")]
    [InlineData("a% b", "a b")]
    [InlineData("%.start", ".start")]
    [InlineData("Done%!", "Done!")]
    [InlineData("Prompt: %0 never printed", "Prompt: ")]
    public void The_documented_escapes_print_what_the_remarks_say(string template, string expected)
    {
        ParsedMessage message = Win32TemplateParser.Parse(template);
        Assert.Equal(expected, Fill(message));
    }

    [Fact]
    public void Other_letters_after_a_percent_print_without_it_and_are_reported()
    {
        ParsedMessage message = Win32TemplateParser.Parse("Value %s here");
        Assert.Equal("Value s here", Fill(message));
        PlaceholderProblem problem = Assert.Single(message.Problems);
        Assert.Equal((PlaceholderProblemKind.StrayPercent, 6, 2, false), (problem.Kind, problem.Start, problem.Length, problem.DropsHelper));
    }

    [Fact]
    public void Inserts_default_to_s_and_read_at_most_two_digits()
    {
        ParsedMessage message = Win32TemplateParser.Parse("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %100");
        Assert.Equal(10, message.Parameters.Count);
        Assert.All(message.Parts.Where(part => part.IsPlaceholder), part => Assert.Equal('s', part.Conversion));
        Assert.EndsWith("j j0", Fill(message, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
    }

    [Fact]
    public void Floating_point_inserts_are_not_FormatMessage_conversions()
    {
        ParsedMessage message = Win32TemplateParser.Parse("Ratio %1!f!");
        PlaceholderProblem problem = Assert.Single(message.Problems);
        Assert.Equal((PlaceholderProblemKind.UnknownConversion, 6, 5), (problem.Kind, problem.Start, problem.Length));
        Assert.Equal("Ratio %1!f!", Fill(message));
    }
}
