using System.Threading.Tasks;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The EC2002 fix: a cast to the enum becomes the member, a number where an int is needed becomes
/// <c>(int)</c> and the member. Each result is compared as text, must compile, and must not be reported again; each
/// fix is also applied as Fix All in document, project and solution.
/// </summary>
public class CodeFixTests
{
    private static string Code(string body, string usings = "using System;\nusing ErrorCodes;\n") => usings + """

        namespace TestApp
        {
            public class User
            {
                public object M(LiveStationException ex, int n)
                {
        """ + "\n" + body + "\n" + """
                }
            }
        }
        """;

    [Fact]
    public async Task Cast_to_the_enum_becomes_the_member()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return (LiveStationErrorCode){|EC2002:250100|};"),
            Code("            return LiveStationErrorCode.ChannelNotFound;"));
    }

    [Fact]
    public async Task Cast_of_a_parenthesized_negative_number_becomes_the_member()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return (LiveStationErrorCode)({|EC2002:-102|});"),
            Code("            return LiveStationErrorCode.ServerError;"));
    }

    [Fact]
    public async Task Cast_to_the_nullable_enum_keeps_the_cast()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            LiveStationErrorCode? code = (LiveStationErrorCode?){|EC2002:250100|};\n            return code;"),
            Code("            LiveStationErrorCode? code = (LiveStationErrorCode?)LiveStationErrorCode.ChannelNotFound;\n            return code;"));
    }

    [Fact]
    public async Task Cast_used_as_a_receiver_keeps_its_meaning()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return ((LiveStationErrorCode){|EC2002:250100|}).GetName();"),
            Code("            return (LiveStationErrorCode.ChannelNotFound).GetName();"));
    }

    [Fact]
    public async Task Argument_gets_an_int_cast()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return LiveStationErrorCodes.IsDefined({|EC2002:250100|});"),
            Code("            return LiveStationErrorCodes.IsDefined((int)LiveStationErrorCode.ChannelNotFound);"));
    }

    [Fact]
    public async Task Comparison_gets_an_int_cast()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return {|EC2002:250100|} == ex.Code;"),
            Code("            return (int)LiveStationErrorCode.ChannelNotFound == ex.Code;"));
    }

    [Fact]
    public async Task Is_pattern_gets_an_int_cast()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return ex.Code is {|EC2002:250100|};"),
            Code("            return ex.Code is (int)LiveStationErrorCode.ChannelNotFound;"));
    }

    [Fact]
    public async Task Property_pattern_gets_an_int_cast()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return ex is { Code: {|EC2002:250100|} };"),
            Code("            return ex is { Code: (int)LiveStationErrorCode.ChannelNotFound };"));
    }

    [Fact]
    public async Task Comparison_behind_a_conditional_access_gets_an_int_cast()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return (n > 0 ? ex : null)?.Code != {|EC2002:-102|};"),
            Code("            return (n > 0 ? ex : null)?.Code != (int)LiveStationErrorCode.ServerError;"));
    }

    [Fact]
    public async Task Case_label_gets_an_int_cast()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("""
                        switch (ex.Code)
                        {
                            case {|EC2002:250100|}:
                                return 1;
                            default:
                                return 0;
                        }
            """),
            Code("""
                        switch (ex.Code)
                        {
                            case (int)LiveStationErrorCode.ChannelNotFound:
                                return 1;
                            default:
                                return 0;
                        }
            """));
    }

    [Fact]
    public async Task Switch_expression_arm_gets_an_int_cast()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return ex.Code switch { {|EC2002:-102|} => 1, _ => 0 };"),
            Code("            return ex.Code switch { (int)LiveStationErrorCode.ServerError => 1, _ => 0 };"));
    }

    [Fact]
    public async Task Branch_of_a_conditional_gets_an_int_cast()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return LiveStationErrorCodes.IsDefined(n > 0 ? {|EC2002:250100|} : n);"),
            Code("            return LiveStationErrorCodes.IsDefined(n > 0 ? (int)LiveStationErrorCode.ChannelNotFound : n);"));
    }

    private static string Members(string members) => """
        using System;
        using ErrorCodes;

        namespace TestApp
        {
            public class User
            {
                [ErrorCode(typeof(LiveStationErrorCode))]
                public int Last { get; set; }

                public static void Report([ErrorCode(typeof(LiveStationErrorCode))] int code) { }

                public static void Maybe([ErrorCode(typeof(LiveStationErrorCode))] int? code) { }

        """ + members + "\n" + """
            }
        }
        """;

    [Theory]
    [InlineData(
        "public void M() => Report({|EC2002:250100|});",
        "public void M() => Report((int)LiveStationErrorCode.ChannelNotFound);")]
    [InlineData(
        "public void M() => Maybe(({|EC2002:250100|}));",
        "public void M() => Maybe(((int)LiveStationErrorCode.ChannelNotFound));")]
    [InlineData(
        "public void M() { Last = {|EC2002:250100|}; }",
        "public void M() { Last = (int)LiveStationErrorCode.ChannelNotFound; }")]
    [InlineData(
        "public User M() => new User { Last = {|EC2002:-102|} };",
        "public User M() => new User { Last = (int)LiveStationErrorCode.ServerError };")]
    [InlineData(
        "[ErrorCode(typeof(LiveStationErrorCode))] public const int Default = {|EC2002:250100|};",
        "[ErrorCode(typeof(LiveStationErrorCode))] public const int Default = (int)LiveStationErrorCode.ChannelNotFound;")]
    [InlineData(
        "[ErrorCode(typeof(LiveStationErrorCode))] public readonly int Field = {|EC2002:250002|};",
        "[ErrorCode(typeof(LiveStationErrorCode))] public readonly int Field = (int)LiveStationErrorCode.InvalidFormat;")]
    [InlineData(
        "[ErrorCode(typeof(LiveStationErrorCode))] public int Initial { get; } = {|EC2002:250100|};",
        "[ErrorCode(typeof(LiveStationErrorCode))] public int Initial { get; } = (int)LiveStationErrorCode.ChannelNotFound;")]
    [InlineData(
        "public static void Take([ErrorCode(typeof(LiveStationErrorCode))] int code = {|EC2002:250100|}) { }",
        "public static void Take([ErrorCode(typeof(LiveStationErrorCode))] int code = (int)LiveStationErrorCode.ChannelNotFound) { }")]
    [InlineData(
        "[return: ErrorCode(typeof(LiveStationErrorCode))] public int Pick() { return {|EC2002:250100|}; }",
        "[return: ErrorCode(typeof(LiveStationErrorCode))] public int Pick() { return (int)LiveStationErrorCode.ChannelNotFound; }")]
    [InlineData(
        "[return: ErrorCode(typeof(LiveStationErrorCode))] public int Pick() => {|EC2002:255000|};",
        "[return: ErrorCode(typeof(LiveStationErrorCode))] public int Pick() => (int)LiveStationErrorCode.TooLate;")]
    [InlineData(
        "[ErrorCode(typeof(LiveStationErrorCode))] public int? Pending { get; set; } public void M() { Pending ??= {|EC2002:250100|}; }",
        "[ErrorCode(typeof(LiveStationErrorCode))] public int? Pending { get; set; } public void M() { Pending ??= (int)LiveStationErrorCode.ChannelNotFound; }")]
    [InlineData(
        "public bool M() => Last != {|EC2002:-102|};",
        "public bool M() => Last != (int)LiveStationErrorCode.ServerError;")]
    [InlineData(
        "public bool M() => Last is not {|EC2002:250100|};",
        "public bool M() => Last is not (int)LiveStationErrorCode.ChannelNotFound;")]
    public async Task Marked_user_member_gets_an_int_cast(string before, string after)
    {
        await AnalyzerVerifier.VerifyFixAsync(Members("        " + before), Members("        " + after));
    }

    [Fact]
    public async Task Without_a_using_of_the_namespace_the_enum_is_qualified()
    {
        const string usings = "using System;\nusing ErrorCodes;\n";
        string before = usings + """

            namespace Elsewhere
            {
                public static class User
                {
                    public static bool M() => TestApp.LiveStationErrorCodes.IsDefined({|EC2002:250100|});
                }
            }
            """;
        string after = usings + """

            namespace Elsewhere
            {
                public static class User
                {
                    public static bool M() => TestApp.LiveStationErrorCodes.IsDefined((int)TestApp.LiveStationErrorCode.ChannelNotFound);
                }
            }
            """;
        await AnalyzerVerifier.VerifyFixAsync(before, after);
    }

    [Fact]
    public async Task Fix_all_replaces_every_number()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("""
                        object a = (LiveStationErrorCode){|EC2002:250100|};
                        bool b = LiveStationErrorCodes.IsDefined({|EC2002:250002|}) && ex.Code != {|EC2002:250000|};
                        switch (n)
                        {
                            case 1:
                                return (LiveStationErrorCode)({|EC2002:-102|});
                        }

                        return ex.Code switch { {|EC2002:250321|} => a, {|EC2002:255000|} => b, _ => 250999 };
            """),
            Code("""
                        object a = LiveStationErrorCode.ChannelNotFound;
                        bool b = LiveStationErrorCodes.IsDefined((int)LiveStationErrorCode.InvalidFormat) && ex.Code != (int)LiveStationErrorCode.Exception;
                        switch (n)
                        {
                            case 1:
                                return LiveStationErrorCode.ServerError;
                        }

                        return ex.Code switch { (int)LiveStationErrorCode.Code250321 => a, (int)LiveStationErrorCode.TooLate => b, _ => 250999 };
            """));
    }
}
