using System;
using System.Globalization;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The runtime base class alone, through hand-written subclasses shaped as the generator writes them: a numeric
/// catalog's exception overrides only <see cref="ErrorCodeException.Code"/> (as code compiled before
/// <see cref="ErrorCodeException.CodeText"/> existed does), a string-coded one also overrides
/// <see cref="ErrorCodeException.CodeText"/> and <see cref="ErrorCodeException.IsNumericCode"/>.
/// </summary>
public class ErrorCodeExceptionBaseTests
{
    private sealed class NumericException : ErrorCodeException
    {
        private readonly int code;

        public NumericException(int code)
            : base("numeric", null)
        {
            this.code = code;
        }

        public override int Code => code;

        public override string ErrorName => "NUMERIC";

        public override string Domain => "Numeric";
    }

    private sealed class StringCodedException : ErrorCodeException
    {
        private readonly int member;
        private readonly string codeText;

        public StringCodedException(int member, string codeText)
            : base("string-coded", null)
        {
            this.member = member;
            this.codeText = codeText;
        }

        public override int Code => member;

        public override string CodeText => codeText;

        public override bool IsNumericCode => false;

        public override string ErrorName => "unique_violation";

        public override string Domain => "PostgresSqlstate";
    }

    [Theory]
    [InlineData(250100, "250100")]
    [InlineData(-102, "-102")]
    [InlineData(0, "0")]
    [InlineData(int.MinValue, "-2147483648")]
    public void A_numeric_catalog_gets_its_code_as_invariant_decimal_text_without_overriding_anything(int code, string text)
    {
        ErrorCodeException error = new NumericException(code);

        Assert.True(error.IsNumericCode);
        Assert.Equal(code, error.Code);
        Assert.Equal(text, error.CodeText);
    }

    [Fact]
    public void The_numeric_code_text_ignores_the_current_culture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NegativeSign = "~";
        using var scope = new CultureScope(culture);
        Assert.Equal("-102", new NumericException(-102).CodeText);
    }

    [Fact]
    public void A_string_coded_catalog_carries_the_vendors_text_and_its_member_value()
    {
        ErrorCodeException error = new StringCodedException(member: 126, codeText: "23505");

        Assert.False(error.IsNumericCode);
        Assert.Equal("23505", error.CodeText);
        Assert.Equal(126, error.Code);
        Assert.Equal("unique_violation", error.ErrorName);
    }

    [Fact]
    public void An_unknown_string_code_keeps_the_servers_text_with_code_zero()
    {
        ErrorCodeException error = new StringCodedException(member: 0, codeText: "ZZ999");

        Assert.Equal("ZZ999", error.CodeText);
        Assert.Equal(0, error.Code);
    }

    [Fact]
    public void One_catch_of_the_base_covers_numeric_and_string_coded_catalogs()
    {
        static string Caught(Action action)
        {
            try
            {
                action();
                return "nothing";
            }
            catch (ErrorCodeException error)
            {
                return error.Domain + ":" + error.CodeText + ":" + error.IsNumericCode;
            }
        }

        Assert.Equal("Numeric:404:True", Caught(() => throw new NumericException(404)));
        Assert.Equal("PostgresSqlstate:42P01:False", Caught(() => throw new StringCodedException(200, "42P01")));
    }

    [Fact]
    public void The_new_members_are_virtual_so_code_built_against_the_older_base_keeps_working()
    {
        // Adding an abstract member would break every generated exception already compiled; these must stay virtual.
        var codeText = typeof(ErrorCodeException).GetProperty(nameof(ErrorCodeException.CodeText))!.GetMethod!;
        var isNumeric = typeof(ErrorCodeException).GetProperty(nameof(ErrorCodeException.IsNumericCode))!.GetMethod!;

        Assert.True(codeText.IsVirtual && !codeText.IsAbstract);
        Assert.True(isNumeric.IsVirtual && !isNumeric.IsAbstract);
        Assert.True(typeof(ErrorCodeException).GetProperty(nameof(ErrorCodeException.Code))!.GetMethod!.IsAbstract);
    }
}
