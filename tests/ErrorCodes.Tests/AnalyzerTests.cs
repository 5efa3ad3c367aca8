using System.Linq;
using System.Threading.Tasks;
using ErrorCodes.Generator.Analysis;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// Every position where the analyzer checks a constant, reported and silent, with exact spans and IDs. The catalogs
/// are <see cref="AnalyzerVerifier.Catalogs"/>: LiveStation defines 250000, 250002, 250100, 250321, 255000, -102 and
/// 1001; Chat defines 1001 and 2003.
/// </summary>
public class AnalyzerTests
{
    /// <summary>The end of an EC2001 message when no defined code is one typo away from the value.</summary>
    private const string NoTypo = "no defined code is one typo away; check the number, or add its row to the catalog";

    private static string Code(string members) => AnalyzerVerifier.UserClass(members);

    [Fact]
    public async Task Casts_of_literals_negative_and_parenthesized_numbers()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                public object[] M() => new object[]
                {
                    (LiveStationErrorCode){|EC2001:250999|},
                    (LiveStationErrorCode)({|EC2001:-250999|}),
                    (LiveStationErrorCode)({|EC2001:250999|}),
                    (LiveStationErrorCode)(({|EC2001:0|})),
                    (LiveStationErrorCode){|EC2002:250100|},
                    (LiveStationErrorCode)({|EC2002:-102|}),
                    (LiveStationErrorCode)({|EC2002:250321|}),
                    (LiveStationErrorCode?){|EC2001:250999|},
                    (LiveStationErrorCode?)({|EC2002:250100|}),
                    (ChatErrorCode?){|EC2003:250100|},
                };
        """));
    }

    [Fact]
    public async Task Casts_of_const_fields_locals_and_constant_expressions()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                private const int Missing = 250999;
                private const int Known = 250100;

                public object[] M()
                {
                    const int local = 260000;
                    return new object[]
                    {
                        (LiveStationErrorCode){|EC2001:Missing|},
                        (LiveStationErrorCode){|EC2001:local|},
                        (LiveStationErrorCode)({|EC2001:250000 + 999|}),
                        (LiveStationErrorCode)({|EC2001:Known + 1|}),
                        (LiveStationErrorCode)Known,
                        (LiveStationErrorCode)(250000 + 100),
                    };
                }
        """));
    }

    [Fact]
    public async Task Arguments_to_generated_methods_that_take_an_int_code()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                private const int Missing = 250999;

                public bool M(out LiveStationErrorCode code)
                {
                    bool a = LiveStationErrorCodes.IsDefined({|EC2001:250999|});
                    bool b = LiveStationErrorCodes.IsDefined({|EC2002:250100|});
                    bool c = LiveStationErrorCodes.TryFromCode({|EC2001:-5|}, out code);
                    bool d = LiveStationErrorCodes.TryFromCode(errorCode: out code, code: {|EC2001:Missing|});
                    bool e = ChatErrorCodes.IsDefined({|EC2002:2003|});
                    bool f = LiveStationErrorCodes.IsDefined(({|EC2001:250999|}));
                    Exception g = LiveStationException.FromCode({|EC2001:250999|}, null);
                    Exception h = LiveStationException.FromCode({|EC2002:250100|}, "server text", null);
                    return a && b && c && d && e && f && g != h;
                }
        """));
    }

    [Fact]
    public async Task Comparisons_with_the_generated_exception_code()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                public int M(LiveStationException ex)
                {
                    int n = 0;
                    if (ex.Code == {|EC2001:250999|}) n++;
                    if ({|EC2001:250999|} == ex.Code) n++;
                    if (ex.Code != {|EC2001:250999|}) n++;
                    if ({|EC2002:250100|} != ex.Code) n++;
                    if (ex.Code is {|EC2001:250999|}) n++;
                    if (ex.Code is not {|EC2001:250999|}) n++;
                    if (ex.Code is {|EC2001:250999|} or {|EC2002:250002|}) n++;
                    switch (ex.Code)
                    {
                        case {|EC2001:250999|}:
                            n++;
                            break;
                        case {|EC2002:250100|}:
                        case {|EC2002:-102|} when n > 1:
                            n--;
                            break;
                    }

                    return ex.Code switch
                    {
                        {|EC2001:250999|} => 1,
                        {|EC2002:250000|} or {|EC2001:250001|} => 2,
                        > 250000 => 3,
                        _ => n,
                    };
                }
        """));
    }

    [Fact]
    public async Task Parameters_marked_by_the_user()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                public static void Report([ErrorCode(typeof(LiveStationErrorCode))] int code, int other = 250999)
                {
                    if (code == {|EC2001:250999|}) { }
                    if (code is {|EC2002:250100|}) { }
                    code = {|EC2001:250998|};
                    Report({|EC2001:250997|}, 250997);
                    Report(other: 1, code: {|EC2002:250321|});
                }

                public static void WithDefault([ErrorCode(typeof(LiveStationErrorCode))] int code = {|EC2001:250996|}) { }

                public static void Nullable([ErrorCode(typeof(LiveStationErrorCode))] int? code)
                {
                    if (code == {|EC2001:250995|}) { }
                    Nullable({|EC2001:250994|});
                    Nullable(null);
                }
        """));
    }

    [Fact]
    public async Task Properties_and_fields_marked_by_the_user()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                [ErrorCode(typeof(LiveStationErrorCode))]
                public int Last { get; set; } = {|EC2001:250999|};

                [ErrorCode(typeof(LiveStationErrorCode))]
                public int Fixed => {|EC2001:250998|};

                [ErrorCode(typeof(LiveStationErrorCode))]
                public int WithGetter
                {
                    get { return {|EC2002:250100|}; }
                }

                [ErrorCode(typeof(LiveStationErrorCode))]
                private int _field = {|EC2001:250997|};

                [ErrorCode(typeof(ChatErrorCode))]
                public const int ChatDefault = {|EC2003:250100|};

                public bool M(User other)
                {
                    Last = {|EC2001:250996|};
                    _field = {|EC2002:250002|};
                    var created = new User { Last = {|EC2001:250995|} };
                    other.Last = {|EC2003:2003|};
                    return other.Last == {|EC2001:250994|} || _field != {|EC2001:250993|} || created.Fixed is {|EC2001:250992|};
                }
        """));
    }

    [Fact]
    public async Task Returns_of_marked_methods_local_functions_and_lambdas()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                [return: ErrorCode(typeof(LiveStationErrorCode))]
                public int Pick(bool flag)
                {
                    if (flag)
                    {
                        return {|EC2001:250999|};
                    }

                    Func<int> unmarked = () => 250999;
                    if (unmarked() == 250999)
                    {
                        return {|EC2002:250100|};
                    }

                    return flag ? Local() : {|EC2001:250000 + 1|};

                    [return: ErrorCode(typeof(LiveStationErrorCode))]
                    static int Local() => {|EC2001:250998|};
                }

                [return: ErrorCode(typeof(LiveStationErrorCode))]
                public int Arrow() => {|EC2001:250997|};

                public int Unmarked() => 250999;

                public bool Compare() => Arrow() == {|EC2001:250996|} || Pick(true) != {|EC2002:250000|};
        """));
    }

    [Fact]
    public async Task Constants_that_conditional_coalesce_and_switch_expressions_can_produce()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                [return: ErrorCode(typeof(LiveStationErrorCode))]
                public int Pick(bool flag, int? maybe, int n) => n switch
                {
                    1 => {|EC2001:250999|},
                    2 => {|EC2002:250100|},
                    3 => maybe ?? {|EC2001:250998|},
                    _ => flag ? {|EC2001:250997|} : n,
                };

                public bool Call(bool flag, int received)
                    => LiveStationErrorCodes.IsDefined(flag ? {|EC2001:250996|} : {|EC2002:-102|})
                       && LiveStationErrorCodes.IsDefined(flag ? received : received + 1)
                       && (flag ? 250999 : received) == 250999;
        """));
    }

    [Fact]
    public async Task An_override_inherits_the_marker_of_its_parameters_and_property()
    {
        await AnalyzerVerifier.VerifyAsync("""
            using ErrorCodes;

            namespace TestApp
            {
                public abstract class Reporter
                {
                    [ErrorCode(typeof(LiveStationErrorCode))]
                    public abstract int Last { get; }

                    public abstract void Report([ErrorCode(typeof(LiveStationErrorCode))] int code);
                }

                public sealed class ConsoleReporter : Reporter
                {
                    public override int Last => {|EC2001:250999|};

                    public override void Report(int code)
                    {
                        if (code == {|EC2001:250998|} || Last == {|EC2002:250100|})
                        {
                            new ConsoleReporter().Report({|EC2001:250997|});
                        }
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task An_implementation_inherits_the_marker_of_the_interface_member()
    {
        await AnalyzerVerifier.VerifyAsync("""
            using ErrorCodes;

            namespace TestApp
            {
                public interface IReporter
                {
                    [ErrorCode(typeof(LiveStationErrorCode))]
                    int Last { get; }

                    void Report([ErrorCode(typeof(LiveStationErrorCode))] int code);

                    [return: ErrorCode(typeof(ChatErrorCode))]
                    int Pick();
                }

                public sealed class Implicit : IReporter
                {
                    public int Last => {|EC2001:250999|};

                    public void Report(int code)
                    {
                        if (code == {|EC2002:250100|})
                        {
                            Report({|EC2001:250998|});
                        }
                    }

                    public int Pick() => {|EC2003:250100|};

                    public int Unrelated(int code) => code == 250999 ? 250999 : 0;
                }

                public sealed class Explicit : IReporter
                {
                    int IReporter.Last => {|EC2001:250997|};

                    void IReporter.Report(int code) => ((IReporter)this).Report(code == {|EC2001:250996|} ? {|EC2001:1|} : {|EC2002:-102|});

                    int IReporter.Pick() => {|EC2002:2003|};
                }
            }
            """);
    }

    [Fact]
    public async Task Marked_members_in_every_comparison_position()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                [ErrorCode(typeof(LiveStationErrorCode))]
                public int Last { get; set; }

                [return: ErrorCode(typeof(LiveStationErrorCode))]
                public int Pick() => Last;

                public int M([ErrorCode(typeof(LiveStationErrorCode))] int code)
                {
                    int n = 0;
                    if ({|EC2001:250999|} == code) n++;
                    if ({|EC2002:250100|} != Last) n++;
                    if (Pick() != {|EC2001:250998|}) n++;
                    if (code is not {|EC2001:250997|} and not {|EC2002:-102|}) n++;
                    switch (Last)
                    {
                        case {|EC2001:250996|}:
                            n++;
                            break;
                        case {|EC2002:250002|}:
                            n--;
                            break;
                    }

                    return Pick() switch
                    {
                        {|EC2001:250995|} => 1,
                        {|EC2002:255000|} => 2,
                        _ => n,
                    };
                }
        """));
    }

    [Fact]
    public async Task Conditional_access_property_patterns_and_coalescing_assignment()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                public sealed class Reply
                {
                    public int Code { get; set; }
                }

                [ErrorCode(typeof(LiveStationErrorCode))]
                public int? Maybe { get; set; }

                public User? Next { get; set; }

                public object[] M(LiveStationException? ex, Exception any, Reply reply, int received)
                {
                    Maybe ??= {|EC2001:250999|};
                    Next!.Maybe ??= {|EC2002:250100|};
                    Maybe ??= received;
                    try { } catch (LiveStationException e) when (e.Code == {|EC2001:250998|}) { }
                    switch (any)
                    {
                        case LiveStationException { Code: {|EC2001:250997|} }:
                            break;
                    }

                    return new object[]
                    {
                        ex?.Code == {|EC2001:250996|},
                        {|EC2002:-102|} != (any as LiveStationException)?.Code,
                        Next?.Next?.Maybe == {|EC2001:250995|},
                        ex?.Code is {|EC2001:250994|},
                        ex is { Code: {|EC2001:250993|} },
                        ex is { Code: {|EC2002:250100|} or {|EC2001:250992|} },
                        ex is { Code: not ({|EC2001:250991|}) },
                        ex switch { { Code: {|EC2001:250990|} } => 1, _ => 0 },
                        any is LiveStationException { Code: {|EC2001:250989|}, ErrorCode: LiveStationErrorCode.TooLate },
                        this is { Next.Maybe: {|EC2001:250988|} },
                        this is { Next: { Maybe: {|EC2001:250987|} } },
                        this is { Next.Next.Maybe: {|EC2002:250000|} },
                        ex?.Code.GetHashCode() == 250999,
                        ex is { Code: > 250999 },
                        ex is { Code: var code } && code > 0,
                        ex is { HResult: 250999 },
                        reply is { Code: 250999 },
                        any is ErrorCodeException { Code: 250999 },
                    };
                }
        """));
    }

    [Fact]
    public async Task Constructor_indexer_and_delegate_parameters_marked_by_the_user()
    {
        await AnalyzerVerifier.VerifyAsync("""
            using ErrorCodes;

            namespace TestApp
            {
                public delegate void Handler([ErrorCode(typeof(LiveStationErrorCode))] int code);

                public class Failure
                {
                    public Failure([ErrorCode(typeof(LiveStationErrorCode))] int code) { }

                    public int this[[ErrorCode(typeof(LiveStationErrorCode))] int code] => 0;
                }

                public sealed class Timeout : Failure
                {
                    public Timeout() : base({|EC2001:250999|}) { }
                }

                public static class User
                {
                    public static object[] M(Handler handler, Failure failure)
                    {
                        handler({|EC2001:250998|});
                        handler.Invoke({|EC2002:250100|});
                        Failure target = new({|EC2001:250997|});
                        return new object[] { new Failure({|EC2003:2003|}), failure[{|EC2001:250996|}], target };
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task Enum_names_qualified_aliased_or_shared_with_a_user_type()
    {
        await AnalyzerVerifier.VerifyAsync("""
            using ErrorCodes;
            using Station = TestApp.LiveStationErrorCode;
            using Marker = ErrorCodes.ErrorCodeAttribute;

            namespace Other
            {
                public enum LiveStationErrorCode { Anything = 1 }
            }

            namespace TestApp
            {
                public static class User
                {
                    public static object[] M() => new object[]
                    {
                        (global::TestApp.LiveStationErrorCode){|EC2001:250999|},
                        (TestApp.LiveStationErrorCode){|EC2002:250100|},
                        (Station){|EC2001:250998|},
                        (Station?){|EC2002:-102|},
                        (Other.LiveStationErrorCode)250999,
                        (global::Other.LiveStationErrorCode)(-102),
                    };

                    public static void Take([Marker(typeof(Station))] int code) => Take({|EC2001:250997|});
                }
            }
            """);
    }

    [Fact]
    public async Task Silent_where_a_name_looks_like_a_marked_one_but_the_symbol_is_not_marked()
    {
        // The syntactic gate passes these (a marked name, a constant): the symbols must keep them silent.
        await AnalyzerVerifier.VerifyAsync(Code("""
                public sealed class Reply
                {
                    public int Code { get; set; } = 250999;
                }

                [ErrorCode(typeof(LiveStationErrorCode))]
                public int Last { get; set; }

                public static void Report([ErrorCode(typeof(LiveStationErrorCode))] int code) { }

                public static void Report(long code) { }

                public static void Other(int code)
                {
                    code = 250999;
                    if (code == 250999 || code is 250998) { }
                }

                public int Unmarked() => 250999;

                public object[] M(Reply reply, int received, User other)
                {
                    Report(250999L);
                    reply.Code = 250999;
                    int Last = 250999;
                    Last = 250998;
                    switch (received)
                    {
                        case 250999:
                            break;
                    }

                    return new object[]
                    {
                        reply.Code == 250999,
                        reply.Code is 250999 or 250998,
                        reply.Code switch { 250999 => 1, _ => 0 },
                        received switch { 250999 => 1, _ => 0 },
                        received is 250999,
                        Last == 250999,
                        other.Last == received,
                        other.Last.CompareTo(250999),
                        Unmarked() == 250999,
                        (LiveStationErrorCode)(received + 1),
                        new Reply { Code = 250999 },
                    };
                }
        """));
    }

    [Fact]
    public async Task Codes_of_another_catalog()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                public object[] M(LiveStationException ex) => new object[]
                {
                    (LiveStationErrorCode){|EC2003:2003|},
                    (LiveStationErrorCode){|EC2003:ChatErrorCode.ChannelNotFound|},
                    (LiveStationErrorCode)({|EC2003:(int)ChatErrorCode.ChannelNotFound|}),
                    (LiveStationErrorCode){|EC2003:ChatErrorCode.ParamsBindingError|},
                    LiveStationErrorCodes.IsDefined({|EC2003:(int)ChatErrorCode.ChannelNotFound|}),
                    ex.Code == {|EC2003:2003|},
                    ChatErrorCodes.IsDefined({|EC2003:250100|}),
                    (ChatErrorCode){|EC2003:LiveStationErrorCode.ChannelNotFound|},
                };
        """));
    }

    [Fact]
    public async Task A_code_both_catalogs_define_is_the_expected_catalogs_own()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                public object[] M() => new object[]
                {
                    (LiveStationErrorCode){|EC2002:1001|},
                    (ChatErrorCode){|EC2002:1001|},
                    LiveStationErrorCodes.IsDefined({|EC2002:1001|}),
                };
        """));
    }

    [Fact]
    public async Task Silent_for_plain_ints_other_enums_arithmetic_and_unrelated_comparisons()
    {
        await AnalyzerVerifier.VerifyAsync(Code("""
                private const int Known = 250100;
                public int Plain = 250999;

                public object[] M(LiveStationException ex, ErrorCodeException any, int received, LiveStationErrorCode code)
                {
                    int local = 250999;
                    return new object[]
                    {
                        local == 250999,
                        received != 250999,
                        (DayOfWeek)250999,
                        (AttributeTargets)250999,
                        ex.Code + 250999,
                        ex.Code - 1 == 250999,
                        ex.Code > 250999,
                        ex.Code is > 250000 and < 260000,
                        any.Code == 250999,
                        ex.HResult == 250999,
                        ex.Code.Equals(250999),
                        (LiveStationErrorCode)received,
                        LiveStationErrorCodes.IsDefined(received),
                        LiveStationErrorCodes.IsDefined(received + 250999),
                        LiveStationErrorCodes.IsDefined((int)LiveStationErrorCode.ChannelNotFound),
                        ex.Code == (int)LiveStationErrorCode.ChannelNotFound,
                        (LiveStationErrorCode)Known,
                        (LiveStationErrorCode)LiveStationErrorCode.ChannelNotFound,
                        code == LiveStationErrorCode.ChannelNotFound,
                        code == (LiveStationErrorCode)received,
                        Math.Max(250999, received),
                        string.Format("{0}", 250999),
                        new LiveStationException(LiveStationErrorCode.TooLate).Code,
                    };
                }
        """));
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        // A user file marked as generated is skipped like the generator's own output.
        await AnalyzerVerifier.VerifyAsync("""
            // <auto-generated/>
            namespace TestApp
            {
                public static class Generated
                {
                    public static object M() => (LiveStationErrorCode)250999;
                }
            }
            """);
    }

    [Fact]
    public async Task Unknown_code_message_names_value_domain_and_nearest_codes()
    {
        // The exact span, the severity (warning, the descriptor's) and the message.
        await AnalyzerVerifier.VerifyAsync(
            Code("""
                public object M() => (LiveStationErrorCode){|#0:250999|};
        """),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(0)
                .WithMessage("250999 is not a defined LiveStation error code; " + NoTypo));
    }

    [Fact]
    public void Unknown_code_links_to_its_section_of_the_diagnostics_document()
        => Assert.Equal(
            "https://github.com/errorcodes/errorcodes/blob/main/docs/diagnostics.md#ec2001",
            new ErrorCodeAnalyzer().SupportedDiagnostics.Single(d => d.Id == "EC2001").HelpLinkUri);

    [Theory]
    // A digit replaced, two digits swapped (both one typo away: the nearer in value first), a digit left out, a digit
    // typed twice, a minus sign left out.
    [InlineData("(LiveStationErrorCode){|#0:260000|}", "260000 is not a defined LiveStation error code; did you mean 250000 (Exception)?")]
    [InlineData("(LiveStationErrorCode){|#0:250020|}", "250020 is not a defined LiveStation error code; did you mean 250002 (InvalidFormat) or 250000 (Exception)?")]
    [InlineData("(LiveStationErrorCode){|#0:253021|}", "253021 is not a defined LiveStation error code; did you mean 250321 (Code250321)?")]
    [InlineData("(LiveStationErrorCode){|#0:25010|}", "25010 is not a defined LiveStation error code; did you mean 250100 (ChannelNotFound)?")]
    [InlineData("(LiveStationErrorCode){|#0:2501000|}", "2501000 is not a defined LiveStation error code; did you mean 250100 (ChannelNotFound) or 250000 (Exception)?")]
    [InlineData("(LiveStationErrorCode){|#0:102|}", "102 is not a defined LiveStation error code; did you mean -102 (ServerError)?")]
    // Near in value is not a typo: no suggestion.
    [InlineData("(LiveStationErrorCode)({|#0:-250999|})", "-250999 is not a defined LiveStation error code; " + NoTypo)]
    [InlineData("(LiveStationErrorCode){|#0:2147483647|}", "2147483647 is not a defined LiveStation error code; " + NoTypo)]
    [InlineData("(LiveStationErrorCode){|#0:250777|}", "250777 is not a defined LiveStation error code; " + NoTypo)]
    [InlineData("(ChatErrorCode){|#0:1|}", "1 is not a defined Chat error code; " + NoTypo)]
    public async Task Suggests_only_codes_one_typo_away(string expression, string message)
    {
        await AnalyzerVerifier.VerifyAsync(
            Code("        public object M() => " + expression + ";"),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(0).WithMessage(message));
    }

    [Fact]
    public async Task Number_message_names_the_member_of_the_first_row()
    {
        // 250100 is listed twice (ChannelNotFound, then the alias ChannelMissing): the first row's member is suggested.
        // EC2002 is a suggestion: info severity, the descriptor's. Its additional location is the expression the fix
        // replaces, here the number itself.
        await AnalyzerVerifier.VerifyAsync(
            Code("""
                public bool M() => LiveStationErrorCodes.IsDefined({|#0:250100|});
        """),
            AnalyzerVerifier.Diagnostic("EC2002").WithLocation(0).WithLocation(0)
                .WithMessage("250100 is LiveStationErrorCode.ChannelNotFound; write the enum member instead of the number"));
    }

    [Theory]
    [InlineData("(LiveStationErrorCode){|#0:2003|}", "2003 (ChatErrorCode.ChannelNotFound) is a Chat error code, not a LiveStation error code; use a code of the LiveStation catalog here")]
    [InlineData("(LiveStationErrorCode){|#0:ChatErrorCode.ParamsBindingError|}", "1001 (ChatErrorCode.ParamsBindingError) is a Chat error code, not a LiveStation error code; use a code of the LiveStation catalog here")]
    [InlineData("ChatErrorCodes.IsDefined({|#0:-102|})", "-102 (LiveStationErrorCode.ServerError) is a LiveStation error code, not a Chat error code; use a code of the Chat catalog here")]
    public async Task Other_catalog_message_names_both_catalogs(string expression, string message)
    {
        await AnalyzerVerifier.VerifyAsync(
            Code("        public object M() => " + expression + ";"),
            AnalyzerVerifier.Diagnostic("EC2003").WithLocation(0).WithMessage(message));
    }

    [Fact]
    public async Task Other_catalog_message_names_every_catalog_that_defines_the_number()
    {
        var catalogs = AnalyzerVerifier.Catalogs.Append(Catalog.Csv("/p/game-platform.csv", "code,name", "2003,INVALID_RESPONSE")).ToList();
        await AnalyzerVerifier.VerifyAsync(
            Code("        public object M() => (LiveStationErrorCode){|#0:2003|};"),
            catalogs,
            AnalyzerVerifier.Diagnostic("EC2003").WithLocation(0)
                .WithMessage("2003 is a Chat or GamePlatform error code, not a LiveStation error code; use a code of the LiveStation catalog here"));
    }
}
