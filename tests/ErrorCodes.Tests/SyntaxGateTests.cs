using System.Linq;
using System.Threading;
using ErrorCodes.Generator.Analysis;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The syntactic tests the analyzer runs before it asks the semantic model anything: ordinary code must be turned
/// away by syntax and names alone, and every real use must pass (the symbols decide afterwards).
/// </summary>
public class SyntaxGateTests
{
    private const string Source = """
        using System;
        using ErrorCodes;

        namespace TestApp
        {
            public class User
            {
                private const int Known = 250100;
                public int Plain;

                [ErrorCode(typeof(LiveStationErrorCode))]
                public int Marked;

                public object[] M(LiveStationException ex, int received)
                {
                    int local = 1;
                    Console.WriteLine(250999);
                    Plain = 250999;
                    Marked = 250999;
                    return new object[]
                    {
                        LiveStationErrorCodes.IsDefined(250999),
                        Math.Max(250999, received),
                        ex.Code == 250999,
                        local == 250999,
                        received == 250999,
                        ex.HResult == 250999,
                        (LiveStationErrorCode)received,
                        (LiveStationErrorCode)Known,
                        (DayOfWeek)250999,
                        ex is { Code: 250999 },
                        ex is { HResult: 250999 },
                        ex is { Code: > 250999 },
                        ex is { Code: not (250999 or 250998) },
                    };
                }
            }
        }
        """;

    [Theory]
    [InlineData("250999", true)]
    [InlineData("-250999", true)]
    [InlineData("(250999)", true)]
    [InlineData("Known", true)]
    [InlineData("Codes.Known", true)]
    [InlineData("250000 + 999", true)]
    [InlineData("flag ? 1 : 2", true)]
    [InlineData("maybe ?? 250999", true)]
    [InlineData("(int)LiveStationErrorCode.TooLate", true)]
    [InlineData("Convert.ToInt32(text)", false)]
    [InlineData("new int()", false)]
    [InlineData("\"250999\"", false)]
    [InlineData("!flag", false)]
    [InlineData("count++", false)]
    [InlineData("a == b", false)]
    [InlineData("received + Convert.ToInt32(text)", false)]
    public void May_be_constant_reads_only_the_syntax(string expression, bool expected)
        => Assert.Equal(expected, SyntaxGate.MayBeConstant(SyntaxFactory.ParseExpression(expression)));

    [Theory]
    [InlineData("250999", 250999)]
    [InlineData("-102", -102)]
    [InlineData("((250100))", 250100)]
    [InlineData("+7", 7)]
    [InlineData("0x10", 16)]
    [InlineData("-2147483648", int.MinValue)]
    public void A_number_as_written_is_read_without_binding(string expression, int expected)
    {
        Assert.True(SyntaxGate.TryReadNumber(SyntaxFactory.ParseExpression(expression), out ExpressionSyntax number, out int code));
        Assert.Equal(expected, code);
        Assert.IsNotType<ParenthesizedExpressionSyntax>(number);
    }

    [Theory]
    [InlineData("Known")]
    [InlineData("250000 + 1")]
    [InlineData("3000000000")]
    [InlineData("-3000000000")]
    [InlineData("1.5")]
    public void Anything_else_is_left_to_the_semantic_model(string expression)
        => Assert.False(SyntaxGate.TryReadNumber(SyntaxFactory.ParseExpression(expression), out _, out _));

    [Fact]
    public void Ordinary_code_is_turned_away_by_names_and_real_uses_pass()
    {
        Compilation compilation = AnalyzerRun.CompileWithGenerated(Source, AnalyzerVerifier.Catalogs);
        CodeCatalog catalog = CodeCatalog.Create(compilation, CancellationToken.None)!;
        CodeNames names = CodeNames.Create(compilation, catalog.Enums, catalog.UsingAssemblies, catalog.HasStringCodes, CancellationToken.None);
        var gate = new SyntaxGate(names, catalog.HasStringCodes);
        SyntaxNode root = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("User.cs", System.StringComparison.Ordinal)).GetRoot();

        ArgumentSyntax FirstArgument(string call) => root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Single(i => i.Expression.ToString() == call).ArgumentList.Arguments[0];
        ExpressionSyntax LeftOf(string text) => root.DescendantNodes().OfType<BinaryExpressionSyntax>().Single(b => b.ToString() == text).Left;
        ExpressionSyntax Assigned(string text) => root.DescendantNodes().OfType<AssignmentExpressionSyntax>().Single(a => a.ToString() == text).Left;
        ExpressionSyntax CastOperand(string text) => root.DescendantNodes().OfType<CastExpressionSyntax>().Single(c => c.ToString() == text).Expression;

        Assert.True(gate.MayTakeCode(FirstArgument("LiveStationErrorCodes.IsDefined")));
        Assert.False(gate.MayTakeCode(FirstArgument("Console.WriteLine")));
        Assert.False(gate.MayTakeCode(FirstArgument("Math.Max")));

        Assert.True(gate.MayHoldCode(LeftOf("ex.Code == 250999")));
        Assert.False(gate.MayHoldCode(LeftOf("local == 250999")));
        Assert.False(gate.MayHoldCode(LeftOf("received == 250999")));
        Assert.False(gate.MayHoldCode(LeftOf("ex.HResult == 250999")));

        Assert.True(gate.MayHoldCode(Assigned("Marked = 250999")));
        Assert.False(gate.MayHoldCode(Assigned("Plain = 250999")));

        SubpatternSyntax Subpattern(string text) => root.DescendantNodes().OfType<SubpatternSyntax>().Single(p => p.ToString() == text);
        Assert.True(gate.MayMatchCode(Subpattern("Code: 250999")));
        Assert.True(gate.MayMatchCode(Subpattern("Code: not (250999 or 250998)")));
        Assert.False(gate.MayMatchCode(Subpattern("HResult: 250999")));
        Assert.False(gate.MayMatchCode(Subpattern("Code: > 250999")));

        Assert.True(names.IsEnumName("LiveStationErrorCode"));
        Assert.False(names.IsEnumName("DayOfWeek"));
        Assert.NotNull(names.UniqueEnum("LiveStationErrorCode"));

        // A parameter of the method it is used in cannot be a constant; a const field can.
        Assert.False(SyntaxGate.MayBeConstant(CastOperand("(LiveStationErrorCode)received")));
        Assert.True(SyntaxGate.MayBeConstant(CastOperand("(LiveStationErrorCode)Known")));
    }
}
