using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// Format helpers fill exactly the <c>{N}</c> placeholders, with one parameter per index up to the highest; the
/// generated exceptions carry code, name, domain and message. The same templates sit in a <c>message.fr</c> column,
/// so the culture overloads, which fill the template at run time, must agree with the helpers built at compile time.
/// </summary>
public class FormatAndExceptionTests
{
    private static readonly (string Name, string Template)[] Templates =
    {
        ("REPEATED", "{0} and {0} again"),
        ("OUT_OF_ORDER", "{1} before {0}"),
        ("JSON_BODY", "Invalid body {\"key\": {0}}"),
        ("FORMAT_SPECIFIER", "{0:N2} stays, {0} fills"),
        ("DOUBLED_BRACES", "{{0}} and {{{0}}}"),
        ("TEN", "{0}{1}{2}{3}{4}{5}{6}{7}{8}{9} last is {10}"),
        ("LEADING_ZEROS", "{00}|{01}"),
        ("ADJACENT", "{0}{1}{0}"),
        ("MANY_PIECES", "<{0}|{1}|{2}>"),
        ("ONLY_PLACEHOLDER", "{0}"),
        ("FIVE_DIGITS", "{12345} {0}"),
        ("NO_PLACEHOLDERS", "Nothing {here} {-1} {x} { 0} {0 } {0:N2} {} {"),
    };

    private static readonly Lazy<GeneratedDomain> Generated = new(() => GeneratedDomain.Find(
        GeneratorHarness.CompileAndLoad(new[] { TemplatesCatalog() }, ExceptionProbe),
        GeneratorHarness.DefaultRootNamespace,
        "Templates"));

    private const string ExceptionProbe = """
        using TestApp;

        internal static class ExceptionProbe
        {
            // Catching by the shared base type needs no knowledge of the domain's types.
            public static string ThrowAndCatch()
            {
                try
                {
                    throw TemplatesException.Create(TemplatesErrorCode.OutOfOrder, TemplatesErrorCodes.FormatOutOfOrder("first", 2));
                }
                catch (global::ErrorCodes.ErrorCodeException exception)
                {
                    return exception.Domain + "|" + exception.Code + "|" + exception.ErrorName + "|" + exception.Message;
                }
            }
        }
        """;

    private static GeneratedDomain Domain => Generated.Value;

    public static Catalog TemplatesCatalog()
    {
        var lines = new[] { "code,name,message,message.fr,description" }
            .Concat(Templates.Select((t, i) => Row((i + 1).ToString(CultureInfo.InvariantCulture), t.Name, t.Template, t.Template, string.Empty)))
            .Append(Row("100", "DESCRIBED_ONLY", string.Empty, string.Empty, "Only a description"))
            .ToArray();
        return Catalog.Csv("/catalogs/templates.csv", lines);
    }

    [Theory]
    [InlineData("Repeated", "x and x again", new object[] { "x" })]
    [InlineData("OutOfOrder", "b before a", new object[] { "a", "b" })]
    [InlineData("JsonBody", "Invalid body {\"key\": 42}", new object[] { 42 })]
    [InlineData("DoubledBraces", "{v} and {{v}}", new object[] { "v" })]
    [InlineData("Ten", "abcdefghij last is k", new object[] { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k" })]
    [InlineData("LeadingZeros", "a|b", new object[] { "a", "b" })]
    [InlineData("Adjacent", "aba", new object[] { "a", "b" })]
    [InlineData("ManyPieces", "<1|2|3>", new object[] { 1, 2, 3 })]
    [InlineData("OnlyPlaceholder", "5", new object[] { 5 })]
    [InlineData("FiveDigits", "{12345} z", new object[] { "z" })]
    public void Format_helper_fills_each_placeholder(string member, string expected, object[] arguments)
    {
        Assert.Equal(expected, Domain.Format(member, arguments));
    }

    [Theory]
    [InlineData("Repeated", 1)]
    [InlineData("OutOfOrder", 2)]
    [InlineData("JsonBody", 1)]
    [InlineData("DoubledBraces", 1)]
    [InlineData("Ten", 11)]
    [InlineData("LeadingZeros", 2)]
    [InlineData("Adjacent", 2)]
    [InlineData("ManyPieces", 3)]
    [InlineData("OnlyPlaceholder", 1)]
    [InlineData("FiveDigits", 1)]
    public void Format_helper_has_one_parameter_per_index_up_to_the_highest(string member, int count)
    {
        MethodInfo helper = Domain.FormatMethod(member);
        MethodInfo withCulture = Domain.CultureFormatMethod(member);

        string[] expectedNames = Enumerable.Range(0, count).Select(i => "arg" + i).ToArray();
        Assert.Equal(expectedNames, helper.GetParameters().Select(p => p.Name));
        Assert.Equal(count, helper.GetGenericArguments().Length);
        Assert.Equal(new[] { "culture" }.Concat(expectedNames), withCulture.GetParameters().Select(p => p.Name));
        Assert.Equal(count, withCulture.GetGenericArguments().Length);
        Assert.Equal(2, Domain.FormatMethods(member).Count);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    [InlineData("")]
    public void A_format_specifier_is_applied_as_string_Format_applies_it_and_the_row_has_no_culture_overload(string culture)
    {
        using (new CultureScope(CultureInfo.GetCultureInfo(culture)))
        {
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "{0:N2} stays, {0} fills", 1234.5), Domain.Format("FormatSpecifier", 1234.5));
        }

        // The culture overloads fill the localized template at run time, which reads only plain {N} placeholders.
        Assert.Single(Domain.FormatMethods("FormatSpecifier"));
    }

    [Fact]
    public void Exception_has_no_method_per_row()
    {
        // A row's exception with its message filled is Create(code, Format<Member>(...)): a factory per row was one
        // generic method more per row with placeholders, as much again as the format helpers cost the compiler.
        string[] statics = Domain.ExceptionType.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { GeneratedNames.CreateMethod, "FromCode" }, statics);
    }

    [Fact]
    public void Templates_without_placeholders_get_no_helpers_and_keep_their_text()
    {
        Assert.Empty(Domain.FormatMethods("NoPlaceholders"));
        Assert.DoesNotContain(Domain.ExceptionType.GetMethods(), m => m.Name.EndsWith("NoPlaceholders", StringComparison.Ordinal));
        Assert.Equal("Nothing {here} {-1} {x} { 0} {0 } {0:N2} {} {", Domain.GetMessage(Domain.Member("NoPlaceholders")));
    }

    [Fact]
    public void Culture_overload_fills_the_same_way_as_the_compiled_helper()
    {
        CultureInfo french = CultureInfo.GetCultureInfo("fr-FR");
        foreach ((string name, string template) in Templates.Where(t => t.Name != "NO_PLACEHOLDERS" && t.Name != "FORMAT_SPECIFIER"))
        {
            string member = ToMemberName(name);
            int count = Domain.FormatMethod(member).GetParameters().Length;
            object[] arguments = Enumerable.Range(0, count).Select(i => (object)("v" + i)).ToArray();

            Assert.Equal(template, Domain.GetMessage(Domain.Member(member), french));
            Assert.Equal(Domain.Format(member, arguments), Domain.FormatFor(member, french, arguments));
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ko-KR")]
    [InlineData("sv-SE")]
    [InlineData("ar-SA")]
    public void Numbers_and_dates_are_formatted_with_the_current_culture_as_string_Format_does(string culture)
    {
        using (new CultureScope(CultureInfo.GetCultureInfo(culture)))
        {
            var date = new DateTime(2024, 3, 1, 13, 5, 9);
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "{0} and {0} again", 1234.5), Domain.Format("Repeated", 1234.5));
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "{1} before {0}", -7, 12.25m), Domain.Format("OutOfOrder", -7, 12.25m));
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "{0} and {0} again", date), Domain.Format("Repeated", date));
            Assert.Equal(string.Format(CultureInfo.CurrentCulture, "{0} and {0} again", -0.5f), Domain.Format("Repeated", -0.5f));
        }
    }

    [Fact]
    public void Null_argument_becomes_empty_text()
    {
        Assert.Equal(" and  again", Domain.Format("Repeated", new object?[] { null }));
        Assert.Equal(string.Format(CultureInfo.CurrentCulture, "{1} before {0}", null, "b"), Domain.Format("OutOfOrder", null, "b"));
    }

    [Fact]
    public void Arguments_are_not_themselves_parsed_as_templates()
    {
        Assert.Equal("{1} and {1} again", Domain.Format("Repeated", "{1}"));
        Assert.Equal("{0} before {1}", Domain.Format("OutOfOrder", "{1}", "{0}"));
    }

    [Fact]
    public void Calling_a_helper_with_the_wrong_number_of_arguments_does_not_compile()
    {
        const string user = """
            internal static class WrongCalls
            {
                public static void Run()
                {
                    TestApp.TemplatesErrorCodes.FormatOutOfOrder("only one");
                    TestApp.TemplatesErrorCodes.FormatRepeated("one", "two");
                    TestApp.TemplatesException.Create(TestApp.TemplatesErrorCode.ManyPieces, TestApp.TemplatesErrorCodes.FormatManyPieces(1, 2));
                }
            }
            """;

        GenerationResult result = GeneratorHarness.Generate(new[] { TemplatesCatalog() }, user);

        // The catalog keeps malformed and mixed placeholders as text on purpose; those are the only things reported.
        Assert.All(result.GeneratorDiagnostics, d => Assert.Contains(d.Id, new[] { "EC1027", "EC1034" }));
        var errorLines = result.CompilerDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Location.GetLineSpan())
            .Where(span => span.Path == "User.cs")
            .Select(span => span.StartLinePosition.Line)
            .Distinct()
            .OrderBy(line => line);
        Assert.Equal(new[] { 4, 5, 6 }, errorLines);
    }

    [Fact]
    public void Exception_from_an_error_code_carries_the_code_name_domain_and_message()
    {
        object value = Domain.Member("JsonBody");

        ErrorCodeException exception = Domain.NewException(new[] { Domain.EnumType }, value);

        Assert.Equal(Domain.GetMessage(value), exception.Message);
        Assert.Equal("Invalid body {\"key\": {0}}", exception.Message);
        Assert.Equal(3, exception.Code);
        Assert.Equal(value, Domain.Property(exception, "ErrorCode"));
        Assert.Equal("JSON_BODY", exception.ErrorName);
        Assert.Equal("Templates", exception.Domain);
        Assert.Null(exception.InnerException);
    }

    [Fact]
    public void Exception_of_a_row_without_a_message_shows_its_description()
    {
        ErrorCodeException exception = Domain.NewException(new[] { Domain.EnumType }, Domain.Member("DescribedOnly"));

        Assert.Equal("Only a description", exception.Message);
        Assert.Equal(100, exception.Code);
    }

    [Fact]
    public void Exception_constructors_take_an_inner_exception_and_a_message_of_the_callers()
    {
        object value = Domain.Member("Repeated");
        var inner = new InvalidOperationException("cause");

        ErrorCodeException withInner = Domain.NewException(new[] { Domain.EnumType, typeof(Exception) }, value, inner);
        ErrorCodeException withMessage = Domain.NewException(new[] { Domain.EnumType, typeof(string) }, value, "server said no");
        ErrorCodeException withBoth = Domain.NewException(new[] { Domain.EnumType, typeof(string), typeof(Exception) }, value, "server said no", inner);

        Assert.Same(inner, withInner.InnerException);
        Assert.Equal("{0} and {0} again", withInner.Message);
        Assert.Equal("server said no", withMessage.Message);
        Assert.Null(withMessage.InnerException);
        Assert.Equal("server said no", withBoth.Message);
        Assert.Same(inner, withBoth.InnerException);
        Assert.All(new[] { withInner, withMessage, withBoth }, e => Assert.Equal(1, e.Code));
    }

    [Fact]
    public void Create_fills_the_message_with_the_arguments()
    {
        ErrorCodeException exception = Domain.Create("OutOfOrder", "first", 2);

        Assert.Equal("2 before first", exception.Message);
        Assert.Equal(Domain.Format("OutOfOrder", "first", 2), exception.Message);
        Assert.Equal(Domain.Member("OutOfOrder"), Domain.Property(exception, "ErrorCode"));
        Assert.Equal(2, exception.Code);
        Assert.Equal("OUT_OF_ORDER", exception.ErrorName);
    }

    [Fact]
    public void Generated_exceptions_are_caught_as_the_shared_base_type()
    {
        Type probe = Domain.EnumType.Assembly.GetType("ExceptionProbe")!;

        string caught = (string)probe.GetMethod("ThrowAndCatch")!.Invoke(null, null)!;

        Assert.Equal("Templates|2|OUT_OF_ORDER|2 before first", caught);
        Assert.True(typeof(ErrorCodeException).IsAssignableFrom(Domain.ExceptionType));
        Assert.Throws(Domain.ExceptionType, () => ThrowAsBase(Domain.Create("ManyPieces", 1, 2, 3)));
    }

    [Fact]
    public void Exception_for_an_undefined_value_still_has_a_code_and_a_name()
    {
        ErrorCodeException exception = Domain.NewException(new[] { Domain.EnumType }, Domain.Value(999));

        Assert.Equal(999, exception.Code);
        Assert.Equal("999", exception.ErrorName);
        Assert.Equal(string.Empty, exception.Message);
    }

    private static void ThrowAsBase(ErrorCodeException exception)
    {
        try
        {
            throw exception;
        }
        catch (ErrorCodeException caught) when (caught.Domain == "Templates")
        {
            throw;
        }
    }

    private static string ToMemberName(string vendorName)
        => string.Concat(vendorName.Split('_').Select(w => w[0] + w.Substring(1).ToLowerInvariant()));

    private static string Row(params string[] fields) => string.Join(",", fields.Select(f => "\"" + f.Replace("\"", "\"\"") + "\""));
}
