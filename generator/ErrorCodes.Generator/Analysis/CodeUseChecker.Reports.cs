using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ErrorCodes.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>What is reported for a constant once its catalog is known: the number and text checks and their messages.</summary>
    internal sealed partial class CodeUseChecker
    {
        /// <summary>
        /// <c>(DErrorCode)250999</c> with the number as written, checked without binding: <paramref name="number"/> is
        /// the literal (or negated literal) inside the cast, <paramref name="enumType"/> what the cast's type names.
        /// </summary>
        public void AnalyzeNumberCast(CastExpressionSyntax cast, ExpressionSyntax number, int code, ITypeSymbol? enumType, Action<Diagnostic> report)
        {
            CodeDomain? expected = _catalog.DomainOfEnum(enumType);
            if (expected != null)
            {
                CheckCode(report, number, code, bareNumber: true, expected, cast.Type is NullableTypeSyntax ? number : cast);
            }
        }

        /// <summary>
        /// A string constant where a string-coded catalog's code is meant: right (EC2002 for a literal where the
        /// member's code can be written instead), unknown, or another string-coded catalog's.
        /// </summary>
        private void CheckText(Action<Diagnostic> report, SyntaxNode syntax, string code, CodeDomain expected, bool suggestMember)
        {
            if (expected.TryGetMember(code, out string expectedMember))
            {
                if (suggestMember)
                {
                    report(Diagnostic.Create(
                        DiagnosticDescriptors.CodeAsNumber,
                        syntax.GetLocation(),
                        new[] { syntax.GetLocation() },
                        expected.TextFixProperties(expectedMember),
                        CodeDomain.Quoted(code),
                        expected.MemberText(expectedMember),
                        "write " + expected.MemberText(expectedMember) + ".GetCode() instead of the text"));
                }

                return;
            }

            string shown = CodeDomain.Quoted(code);
            IReadOnlyList<CodeDomain> others = _catalog.DomainsDefining(code);
            if (others.Count == 0)
            {
                Report(report, DiagnosticDescriptors.UnknownCode, syntax, shown, expected.Name, expected.Suggestion(code));
                return;
            }

            if (others.Count == 1 && others[0].TryGetMember(code, out string otherMember))
            {
                shown += " (" + others[0].MemberText(otherMember) + ")";
            }

            Report(report, DiagnosticDescriptors.CodeOfOtherDomain, syntax, shown, string.Join(" or ", others.Select(d => d.Name)), expected.Name);
        }

        /// <summary>A string as written, <c>"23505"</c> or <c>("23505")</c>; not a named constant or a concatenation.</summary>
        private static bool IsStringLiteral(SyntaxNode syntax)
        {
            SyntaxNode node = syntax;
            while (node is ParenthesizedExpressionSyntax parenthesized)
            {
                node = parenthesized.Expression;
            }

            return node.IsKind(SyntaxKind.StringLiteralExpression);
        }

        /// <summary>A constant that does not come from a generated enum: right, written as a number, unknown, or another catalog's.</summary>
        private void CheckCode(Action<Diagnostic> report, SyntaxNode syntax, int code, bool bareNumber, CodeDomain expected, SyntaxNode? enumCast)
        {
            if (expected.IsStringCoded)
            {
                // A string-coded catalog's enum values are not codes: (SqlstateErrorCode)2 is left alone.
                return;
            }

            if (expected.TryGetMember(code, out string expectedMember))
            {
                if (bareNumber)
                {
                    ReportNumber(report, syntax, enumCast, expected, code, expectedMember);
                }

                return;
            }

            IReadOnlyList<CodeDomain> others = _catalog.DomainsDefining(code);
            if (others.Count == 0)
            {
                Report(report, DiagnosticDescriptors.UnknownCode, syntax, CodeDomain.Text(code), expected.Name, expected.Suggestion(code));
            }
            else
            {
                string shown = CodeDomain.Text(code);
                if (others.Count == 1 && others[0].TryGetMember(code, out string otherMember))
                {
                    shown += " (" + others[0].MemberText(otherMember) + ")";
                }

                Report(report, DiagnosticDescriptors.CodeOfOtherDomain, syntax, shown, string.Join(" or ", others.Select(d => d.Name)), expected.Name);
            }
        }

        private static void ReportNumber(Action<Diagnostic> report, SyntaxNode number, SyntaxNode? enumCast, CodeDomain expected, int code, string member)
        {
            ImmutableDictionary<string, string?> properties = expected.FixProperties(member, needsInt: enumCast is null);
            SyntaxNode replaced = enumCast ?? number;
            report(Diagnostic.Create(
                DiagnosticDescriptors.CodeAsNumber,
                number.GetLocation(),
                new[] { replaced.GetLocation() },
                properties,
                CodeDomain.Text(code),
                expected.MemberText(member),
                "write the enum member instead of the number"));
        }

        private static void Report(Action<Diagnostic> report, DiagnosticDescriptor descriptor, SyntaxNode node, params object[] arguments)
            => report(Diagnostic.Create(descriptor, node.GetLocation(), arguments));
    }
}
