using System.Linq;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Model.Placeholders;
using Xunit;

namespace ErrorCodes.Tests.Placeholders;

/// <summary>The three styles' parsers, from strings: parts, parameters with kinds, and problems at exact offsets.</summary>
public class TemplateParserTests
{
    private static string Parameters(ParsedMessage message)
        => string.Join(", ", message.Parameters.Select(parameter => parameter.Identifier + ":" + parameter.Kind));

    private static string Problems(ParsedMessage message)
        => string.Join("; ", message.Problems.Select(problem => problem.Kind + "@" + problem.Start + "+" + problem.Length + (problem.DropsHelper ? "!" : "")));

    // dotnet ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("A wait of {seconds} seconds is required", "seconds:Generic")]
    [InlineData("{user-id} and {user-id} again", "userId:Generic")]
    [InlineData("{b} then {a} then {b}", "b:Generic, a:Generic")]
    [InlineData("{1} before {0}", "arg0:Generic, arg1:Generic")]
    [InlineData("{class} {Seconds} {ID} {request.path} {_x}", "@class:Generic, seconds:Generic, id:Generic, requestPath:Generic, _x:Generic")]
    [InlineData("{culture}", "cultureValue:Generic")]
    [InlineData("Invalid body {\"key\": {value}}", "value:Generic")]
    [InlineData("{ see below } {} {\"a\":1} {see below}", "")]
    [InlineData("{red, green} {note: see below} {a,b}", "")]
    public void Dotnet_parameters_are_named_after_the_placeholders(string template, string expected)
    {
        ParsedMessage message = DotNetTemplateParser.Parse(template);
        Assert.Equal(expected, Parameters(message));
        Assert.Equal(string.Empty, Problems(message));
    }

    [Fact]
    public void Dotnet_alignment_and_format_are_kept_per_placeholder()
    {
        ParsedMessage message = DotNetTemplateParser.Parse("Paid {amount:N2} on {when:yyyy-MM-dd}, {0,5}|{name,-8:X}");
        MessagePart[] placeholders = message.Parts.Where(part => part.IsPlaceholder).ToArray();
        Assert.Equal(
            new[] { "{amount:N2}|0|N2|{0:N2}", "{when:yyyy-MM-dd}|0|yyyy-MM-dd|{0:yyyy-MM-dd}", "{0,5}|5||{0,5}", "{name,-8:X}|-8|X|{0,-8:X}" },
            placeholders.Select(part => part.Text + "|" + part.Alignment + "|" + part.Format + "|" + part.Spec));
        Assert.Equal("MixedNumberedAndNamed@39+5!", Problems(message));
    }

    [Fact]
    public void Dotnet_parts_cover_the_template_with_offsets()
    {
        ParsedMessage message = DotNetTemplateParser.Parse("Hi {name}, {n:N0} left");
        Assert.Equal(
            new[] { "Hi |0|3|-1", "{name}|3|6|0", ", |9|2|-1", "{n:N0}|11|6|1", " left|17|5|-1" },
            message.Parts.Select(part => part.Text + "|" + part.Start + "|" + part.Length + "|" + part.Parameter));
    }

    [Theory]
    [InlineData("{0} and {2}", "GapInNumbers@0+11!")]
    [InlineData("{1}", "GapInNumbers@0+3!")]
    [InlineData("{name} and {0}", "MixedNumberedAndNamed@11+3!")]
    [InlineData("{user-id} {userId}", "DuplicateIdentifier@10+8!")]
    [InlineData("x { 0} y", "Malformed@2+4")]
    [InlineData("x {0 } y", "Malformed@2+4")]
    [InlineData("x {-1} y", "Malformed@2+4")]
    [InlineData("x {+1} y", "Malformed@2+4")]
    [InlineData("x {12345} y", "Malformed@2+7")]
    [InlineData("x {0 y", "Malformed@2+2")]
    [InlineData("x {0:N2 y {1}", "GapInNumbers@0+13!; Malformed@2+8")]
    [InlineData("x {0,abc} y", "Malformed@2+7")]
    [InlineData("x {0,1234567} y", "Malformed@2+11")]
    public void Dotnet_problems_sit_where_they_are_written(string template, string expected)
        => Assert.Equal(expected, Problems(DotNetTemplateParser.Parse(template)));

    [Theory]
    [InlineData("{{0}}", "{|{0}|}")]
    [InlineData("{{ and }}", "{{ and }}")]
    [InlineData("{{name}}", "{|{name}|}")]
    public void Doubled_braces_stay_text_as_they_always_have(string template, string expected)
        => Assert.Equal(expected, string.Join("|", DotNetTemplateParser.Parse(template).Parts.Select(part => part.Text)));

    // printf ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Can't create file '%-.200s' (errno: %d - %s)", "arg1:Generic, arg2:Integer, arg3:Generic", "%-.200s|%d|%s")]
    [InlineData("Got %.*s at %lu, %5.2f%% done, %c %x %X %o %i %u %e %E %g %G %F", "arg1:StarInt, arg2:Generic, arg3:UnsignedInteger, arg4:Floating, arg5:Char, arg6:UnsignedInteger, arg7:UnsignedInteger, arg8:UnsignedInteger, arg9:Integer, arg10:UnsignedInteger, arg11:Floating, arg12:Floating, arg13:Floating, arg14:Floating, arg15:Floating", "%.*s|%u|%5.2f|%c|%x|%X|%o|%i|%u|%e|%E|%g|%G|%F")]
    [InlineData("%*.*d", "arg1:StarInt, arg2:StarInt, arg3:Integer", "%*.*d")]
    [InlineData("%2$s then %1$d", "arg1:Integer, arg2:Generic", "%s|%d")]
    [InlineData("%1$*2$d", "arg1:Integer, arg2:StarInt", "%*d")]
    [InlineData("%hhd %hd %lld %ld %zd %jd %td %Lf %qd %I64d %ls %.*ls", "arg1:Integer, arg2:Integer, arg3:Integer, arg4:Integer, arg5:Integer, arg6:Integer, arg7:Integer, arg8:Floating, arg9:Integer, arg10:Integer, arg11:Generic, arg12:StarInt, arg13:Generic", "%d|%d|%d|%d|%d|%d|%d|%f|%d|%d|%s|%.*s")]
    [InlineData("%1$s %1$s", "arg1:Generic", "%s|%s")]
    [InlineData("%-+ 0#8.3x", "arg1:UnsignedInteger", "%-+ 0#8.3x")]
    public void Printf_parameters_follow_Cs_argument_order(string template, string parameters, string specs)
    {
        ParsedMessage message = PrintfTemplateParser.Parse(template);
        Assert.Equal(string.Empty, Problems(message));
        Assert.Equal(parameters, Parameters(message));
        Assert.Equal(specs, string.Join("|", message.Parts.Where(part => part.IsPlaceholder).Select(part => part.Spec)));
    }

    [Fact]
    public void Printf_star_slots_and_escapes_are_parts()
    {
        ParsedMessage message = PrintfTemplateParser.Parse("100%% of %.*s");
        Assert.Equal(new[] { "100% of |0|9", "%.*s|9|4" }, message.Parts.Select(part => part.Text + "|" + part.Start + "|" + part.Length));
        MessagePart placeholder = message.Parts[1];
        Assert.Equal((1, -1, 0, -1), (placeholder.Parameter, placeholder.WidthParameter, placeholder.PrecisionParameter, placeholder.Precision));
    }

    [Theory]
    [InlineData("Go-style %v here", "UnknownConversion@9+2")]
    [InlineData("ends with %", "StrayPercent@10+1")]
    [InlineData("%1$s and %s", "MixedPositionalAndSequential@9+1!")]
    [InlineData("%1$s and %3$s", "GapInNumbers@0+13!")]
    [InlineData("%1$s and %1$d", "ConflictingTypes@9+4!")]
    [InlineData("%-5.2k and %d", "UnknownConversion@0+6")]
    public void Printf_problems_sit_where_they_are_written(string template, string expected)
        => Assert.Equal(expected, Problems(PrintfTemplateParser.Parse(template)));

    [Fact]
    public void An_unknown_conversion_stays_text_and_the_rest_is_filled()
    {
        ParsedMessage message = PrintfTemplateParser.Parse("%v: %s");
        Assert.Equal(new[] { "%v: ", "%s" }, message.Parts.Select(part => part.Text));
        Assert.True(message.HasHelper);
    }

    // win32 ----------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Insert disk for drive %1.", "arg1:Generic")]
    [InlineData("%2!d! files of %1 copied", "arg1:Generic, arg2:Integer")]
    [InlineData("The wrong diskette is in the drive. Insert %2 (Volume Serial Number: %3) into drive %1.", "arg1:Generic, arg2:Generic, arg3:Generic")]
    [InlineData("%1!*u! and %3!-5.2s! %4!#x! %5!c! %6!I64d!", "arg1:StarInt, arg2:UnsignedInteger, arg3:Generic, arg4:UnsignedInteger, arg5:Char, arg6:Integer")]
    public void Win32_inserts_are_parameters_by_number(string template, string expected)
    {
        ParsedMessage message = Win32TemplateParser.Parse(template);
        Assert.Equal(expected, Parameters(message));
        Assert.Equal(string.Empty, Problems(message));
    }

    [Theory]
    [InlineData("%1 and %3", "GapInNumbers@0+9")]
    [InlineData("%1!d and more", "UnknownConversion@0+13")]
    [InlineData("Stop%0 here", "TextAfterEnd@6+5")]
    [InlineData("%q", "StrayPercent@0+2")]
    [InlineData("trailing %", "StrayPercent@9+1")]
    public void Win32_problems_sit_where_they_are_written(string template, string expected)
        => Assert.Equal(expected, Problems(Win32TemplateParser.Parse(template)));

    // Across styles --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Can't open '%s'", "printf")]
    [InlineData("Error %d occurred", "printf")]
    [InlineData("Wrote %-.64s.", "printf")]
    [InlineData("Arg %1$s", "printf")]
    [InlineData("Size %lu bytes", "printf")]
    [InlineData("Insert disk for drive %1.", "win32")]
    [InlineData("%2!d! files", "win32")]
    [InlineData("50% discount", "none")]
    [InlineData("100%", "none")]
    [InlineData("%done", "none")]
    [InlineData("Up 5%, down 3%", "none")]
    [InlineData("{0} is %s", "none")]
    public void A_dotnet_message_that_reads_as_another_style_names_it(string template, string expected)
    {
        PlaceholderStyle? suggested = PlaceholderTemplates.SuggestStyle(DotNetTemplateParser.Parse(template));
        Assert.Equal(expected, suggested is null ? "none" : PlaceholderStyles.Name(suggested.Value));
    }

    [Theory]
    [InlineData("dotnet", "{name} has {count}", "{count}개 {name}", true)]
    [InlineData("dotnet", "{0} {1}", "{1} {0}", true)]
    [InlineData("dotnet", "{0} {1}", "{0}", false)]
    [InlineData("printf", "%s: %d", "%s : %d", true)]
    [InlineData("printf", "%s: %d", "%d: %s", false)]
    [InlineData("printf", "%1$s: %2$d", "%2$d: %1$s", true)]
    [InlineData("win32", "%1 %2!d!", "%2!d! %1", true)]
    [InlineData("win32", "%1 %2!d!", "%2 %1", false)]
    public void Localized_messages_must_have_the_neutral_placeholders_and_kinds(string styleName, string neutral, string localized, bool same)
    {
        Assert.True(PlaceholderStyles.TryParse(styleName, out PlaceholderStyle style));
        PlaceholderProblem? problem = PlaceholderTemplates.CompareLocalized(PlaceholderTemplates.Parse(style, neutral), PlaceholderTemplates.Parse(style, localized));
        Assert.Equal(same, problem is null);
        if (problem is not null)
        {
            Assert.Equal((PlaceholderProblemKind.LocalizedMismatch, 0, localized.Length), (problem.Kind, problem.Start, problem.Length));
        }
    }

    [Fact]
    public void Mismatch_messages_say_what_each_side_has()
    {
        PlaceholderProblem? problem = PlaceholderTemplates.CompareLocalized(
            PrintfTemplateParser.Parse("%s: %d"), PrintfTemplateParser.Parse("%d: %s"));
        Assert.Equal(
            "the message has placeholders argument 1 (integer), argument 2 but the neutral message has argument 1, argument 2 (integer)",
            problem!.Reason);
    }

    [Theory]
    [InlineData("", "dotnet")]
    [InlineData(" DotNet ", "dotnet")]
    [InlineData("PRINTF", "printf")]
    [InlineData("win32", "win32")]
    public void Style_metadata_is_read_without_regard_to_case(string text, string expected)
    {
        Assert.True(PlaceholderStyles.TryParse(text, out PlaceholderStyle style));
        Assert.Equal(expected, PlaceholderStyles.Name(style));
        Assert.False(PlaceholderStyles.TryParse("python", out _));
    }
}
