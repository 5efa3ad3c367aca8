using System.Threading.Tasks;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The EC2002 fix on a string-coded catalog's code (<see cref="AnalyzerVerifier.StringCodedCatalogs"/>): a known code written as text
/// becomes the member's code, <c>SqlstateErrorCode.UniqueViolation.GetCode()</c>, in value positions; each result is
/// compared as text, must compile, and is also applied as Fix All in document, project and solution.
/// </summary>
public class StringCodeFixTests
{
    private static string Code(string body, string usings = "using System;\nusing ErrorCodes;\n", string ns = "TestApp") => usings + """

        namespace 
        """ + ns + """

        {
            public class User
            {
                [ErrorCode(typeof(TestApp.SqlstateErrorCode))]
                public string? Expected { get; set; }

                public static bool Is(TestApp.SqlstateException ex, [ErrorCode(typeof(TestApp.SqlstateErrorCode))] string code) => ex.CodeText == code;

                public object M(TestApp.SqlstateException ex, int n)
                {
        """ + "\n" + body + "\n" + """
                }
            }
        }
        """;

    [Fact]
    public async Task Comparison_gets_the_members_code()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return ex.CodeText == {|EC2002:\"23505\"|};"),
            Code("            return ex.CodeText == SqlstateErrorCode.UniqueViolation.GetCode();"),
            stringCoded: true);
    }

    [Fact]
    public async Task Argument_of_a_marked_user_method_gets_the_members_code()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return Is(ex, ({|EC2002:\"42P01\"|}));"),
            Code("            return Is(ex, (SqlstateErrorCode.UndefinedTable.GetCode()));"),
            stringCoded: true);
    }

    [Fact]
    public async Task An_alias_code_gets_the_first_rows_member()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            Expected = {|EC2002:\"2202E\"|};\n            return Expected;"),
            Code("            Expected = SqlstateErrorCode.ArraySubscriptError.GetCode();\n            return Expected;"),
            stringCoded: true);
    }

    [Fact]
    public async Task Branches_and_returns_are_fixed_all_at_once()
    {
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            Expected = n > 0 ? {|EC2002:\"23505\"|} : {|EC2002:\"P0001\"|};\n            Expected = Expected ?? {|EC2001:\"42X01\"|};\n            return Expected;"),
            Code("            Expected = n > 0 ? SqlstateErrorCode.UniqueViolation.GetCode() : SqlstateErrorCode.RaiseException.GetCode();\n            Expected = Expected ?? {|EC2001:\"42X01\"|};\n            return Expected;"),
            stringCoded: true);
    }

    [Fact]
    public async Task Outside_the_catalogs_namespace_the_lookup_class_is_called_by_name()
    {
        // GetCode is an extension of the catalog's namespace: without a using for it, the call names the lookup class.
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return ex.CodeText == {|EC2002:\"23505\"|};", ns: "Elsewhere"),
            Code("            return ex.CodeText == TestApp.SqlstateErrorCodes.GetCode(TestApp.SqlstateErrorCode.UniqueViolation);", ns: "Elsewhere"),
            stringCoded: true);
    }

    [Fact]
    public async Task Constant_only_positions_get_no_fix_because_they_get_no_EC2002()
    {
        // The markup is the whole expectation: a known code in a pattern, case label or default is not reported.
        await AnalyzerVerifier.VerifyFixAsync(
            Code("            return ex.CodeText is \"23505\" && ex is { CodeText: \"42P01\" } && Is(ex, {|EC2002:\"00000\"|});"),
            Code("            return ex.CodeText is \"23505\" && ex is { CodeText: \"42P01\" } && Is(ex, SqlstateErrorCode.SuccessfulCompletion.GetCode());"),
            stringCoded: true);
    }
}
