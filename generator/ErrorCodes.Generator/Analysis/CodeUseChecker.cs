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
    /// <summary>
    /// The checks of <see cref="ErrorCodeAnalyzer"/> for one compilation. Each action first looks at what is already
    /// at hand (operator kind, whether a value is a constant) and only then asks which catalog a symbol belongs to,
    /// which the <see cref="CodeCatalog"/> answers from a per-symbol cache; a code is then one dictionary lookup.
    /// </summary>
    internal sealed partial class CodeUseChecker
    {
        /// <summary>Diagnostic property: the enum member the EC2002 fix writes.</summary>
        public const string MemberProperty = "Member";

        /// <summary>Diagnostic property: the metadata name of the generated enum.</summary>
        public const string EnumTypeProperty = "EnumType";

        /// <summary>Diagnostic property: "true" when the position needs an int, so the fix writes <c>(int)</c> before the member.</summary>
        public const string NeedsIntProperty = "NeedsInt";

        /// <summary>Diagnostic property: "true" for a string code, so the fix writes <c>.GetCode()</c> after the member.</summary>
        public const string GetCodeProperty = "GetCode";

        private readonly CodeCatalog _catalog;

        public CodeUseChecker(CodeCatalog catalog)
        {
            _catalog = catalog;
        }

        /// <summary><c>(DErrorCode)250999</c>: a constant cast to a generated enum.</summary>
        public void AnalyzeCast(IConversionOperation conversion, Action<Diagnostic> report)
        {
            // A cast written in the source. (DErrorCode?)250999 arrives as compiler-made conversions (int to the
            // enum, then to the nullable) that carry the cast's syntax, so the syntax is what tells a cast.
            if (conversion.Syntax is not CastExpressionSyntax cast
                || conversion.Type?.TypeKind != TypeKind.Enum
                || !conversion.Operand.ConstantValue.HasValue)
            {
                return;
            }

            CodeDomain? expected = _catalog.DomainOfEnum(conversion.Type);
            if (expected != null)
            {
                // The fix replaces the whole cast by the member, except in (DErrorCode?)250100, where it replaces
                // only the number so the expression stays nullable.
                SyntaxNode replaced = cast.Type is NullableTypeSyntax ? SkipImplicitConversions(conversion.Operand).Syntax : cast;
                Check(report, conversion.Operand, expected, replaced, valuePosition: false);
            }
        }

        /// <summary><c>DErrorCodes.IsDefined(250999)</c>, or a user method whose parameter is marked.</summary>
        public void AnalyzeArgument(IArgumentOperation argument, Action<Diagnostic> report)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null || !CarriesConstant(argument.Value))
            {
                return;
            }

            CodeDomain? expected = _catalog.DomainOfMember(argument.Parameter);
            if (expected != null)
            {
                // IsDefined("23505") written as IsDefined(D.UniqueViolation.GetCode()) says nothing new: a string
                // code is left as it is in the catalog's own lookups, and only checked.
                bool valuePosition = !(expected.IsStringCoded && expected.IsGeneratedMember(argument.Parameter));
                Check(report, argument.Value, expected, null, valuePosition);
            }
        }

        /// <summary><c>exception.Code == 250999</c> and <c>!=</c>, the constant on either side.</summary>
        public void AnalyzeComparison(IBinaryOperation binary, Action<Diagnostic> report)
        {
            if (binary.OperatorKind != BinaryOperatorKind.Equals && binary.OperatorKind != BinaryOperatorKind.NotEquals)
            {
                return;
            }

            if (IsConstant(binary.RightOperand))
            {
                CheckAgainst(report, binary.LeftOperand, binary.RightOperand);
            }
            else if (IsConstant(binary.LeftOperand))
            {
                CheckAgainst(report, binary.RightOperand, binary.LeftOperand);
            }
        }

        /// <summary><c>exception.Code is 250999</c>, also inside <c>not</c>, <c>or</c> and <c>and</c> patterns.</summary>
        public void AnalyzeIsPattern(IIsPatternOperation isPattern, Action<Diagnostic> report)
        {
            CodeDomain? expected = MarkedDomain(isPattern.Value);
            if (expected != null)
            {
                CheckPattern(report, isPattern.Pattern, expected);
            }
        }

        /// <summary><c>switch (exception.Code) { case 250999: ... }</c>.</summary>
        public void AnalyzeSwitch(ISwitchOperation switchOperation, Action<Diagnostic> report)
        {
            CodeDomain? expected = MarkedDomain(switchOperation.Value);
            if (expected is null)
            {
                return;
            }

            foreach (ISwitchCaseOperation switchCase in switchOperation.Cases)
            {
                foreach (ICaseClauseOperation clause in switchCase.Clauses)
                {
                    if (clause is ISingleValueCaseClauseOperation single)
                    {
                        Check(report, single.Value, expected, null, valuePosition: false);
                    }
                    else if (clause is IPatternCaseClauseOperation patternClause)
                    {
                        CheckPattern(report, patternClause.Pattern, expected);
                    }
                }
            }
        }

        /// <summary><c>exception.Code switch { 250999 =&gt; ... }</c>.</summary>
        public void AnalyzeSwitchExpression(ISwitchExpressionOperation switchExpression, Action<Diagnostic> report)
        {
            CodeDomain? expected = MarkedDomain(switchExpression.Value);
            if (expected is null)
            {
                return;
            }

            foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
            {
                CheckPattern(report, arm.Pattern, expected);
            }
        }

        /// <summary><c>marked = 250999</c>, including object initializers, and <c>marked ??= 250999</c>.</summary>
        public void AnalyzeAssignment(IOperation target, IOperation value, Action<Diagnostic> report)
        {
            if (CarriesConstant(value))
            {
                CheckAgainst(report, target, value);
            }
        }

        /// <summary><c>exception is { Code: 250999 }</c>, in any pattern (<c>is</c>, <c>case</c>, switch expression arms).</summary>
        public void AnalyzePropertySubpattern(IPropertySubpatternOperation subpattern, Action<Diagnostic> report)
        {
            CodeDomain? expected = MarkedDomain(subpattern.Member);
            if (expected != null)
            {
                CheckPattern(report, subpattern.Pattern, expected);
            }
        }

        /// <summary>Field and property initializers and parameter default values of marked members.</summary>
        public void AnalyzeInitializer(ISymbolInitializerOperation initializer, Action<Diagnostic> report)
        {
            if (!CarriesConstant(initializer.Value))
            {
                return;
            }

            ISymbol? initialized = initializer switch
            {
                IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault(),
                IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault(),
                IParameterInitializerOperation parameter => parameter.Parameter,
                _ => null,
            };
            CodeDomain? expected = _catalog.DomainOfMember(initialized);
            if (expected != null)
            {
                // A parameter's default and a const's value must be constants.
                bool valuePosition = initialized is not IParameterSymbol && initialized is not IFieldSymbol { IsConst: true };
                Check(report, initializer.Value, expected, null, valuePosition);
            }
        }

        /// <summary><c>return 250999;</c> (or an expression body) in a method, getter, local function or lambda whose return is marked.</summary>
        public void AnalyzeReturn(IReturnOperation returnOperation, ISymbol? containing, Action<Diagnostic> report)
        {
            if (returnOperation.ReturnedValue is null || !CarriesConstant(returnOperation.ReturnedValue))
            {
                return;
            }

            CodeDomain? expected = _catalog.DomainOfMember(ReturningSymbol(returnOperation, containing));
            if (expected != null)
            {
                Check(report, returnOperation.ReturnedValue, expected, null, valuePosition: true);
            }
        }

        private void CheckAgainst(Action<Diagnostic> report, IOperation marked, IOperation value)
        {
            CodeDomain? expected = MarkedDomain(marked);
            if (expected != null)
            {
                Check(report, value, expected, null, valuePosition: true);
            }
        }

        private void CheckPattern(Action<Diagnostic> report, IPatternOperation pattern, CodeDomain expected)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    Check(report, constant.Value, expected, null, valuePosition: false);
                    break;
                case INegatedPatternOperation negated:
                    CheckPattern(report, negated.Pattern, expected);
                    break;
                case IBinaryPatternOperation binary:
                    CheckPattern(report, binary.LeftPattern, expected);
                    CheckPattern(report, binary.RightPattern, expected);
                    break;
            }
        }

        /// <summary>
        /// Reports what is wrong with a constant used where a code of <paramref name="expected"/> is meant.
        /// <paramref name="enumCast"/> is the cast to the generated enum when there is one: the EC2002 fix replaces
        /// the whole cast by the member; elsewhere it replaces the number by <c>(int)</c> and the member.
        /// <paramref name="valuePosition"/> is false where only a constant compiles (a case label, a pattern, a
        /// default value): a string code then gets no EC2002, as <c>D.Member.GetCode()</c> is no constant.
        /// </summary>
        private void Check(Action<Diagnostic> report, IOperation operation, CodeDomain expected, SyntaxNode? enumCast, bool valuePosition)
        {
            IOperation value = SkipImplicitConversions(operation);
            if (!value.ConstantValue.HasValue)
            {
                // flag ? 250999 : 250100, code ?? 250999, x switch { ... => 250999 }: each constant that can come out is checked.
                foreach (IOperation branch in Branches(value))
                {
                    Check(report, branch, expected, null, valuePosition);
                }

                return;
            }

            if (expected.IsStringCoded)
            {
                // Only a string is a code of a string-coded catalog; an int or an enum value is never one.
                if (value.ConstantValue.Value is string text && !value.Syntax.IsKind(SyntaxKind.InterpolatedStringExpression))
                {
                    CheckText(report, value.Syntax, text, expected, valuePosition && IsStringLiteral(value.Syntax));
                }

                return;
            }

            if (!CodeDomain.TryGetInt32(value.ConstantValue.Value, out int code))
            {
                return;
            }

            // A member of a generated enum: right for its own catalog, a mix-up for another.
            (CodeDomain Domain, string? Member)? enumSource = EnumSource(value);
            if (enumSource.HasValue)
            {
                CodeDomain source = enumSource.Value.Domain;
                string? sourceMember = enumSource.Value.Member;
                if (source != expected)
                {
                    string name = sourceMember ?? (source.TryGetMember(code, out string member) ? member : null) ?? string.Empty;
                    string shown = name.Length == 0 ? CodeDomain.Text(code) : CodeDomain.Text(code) + " (" + source.MemberText(name) + ")";
                    Report(report, DiagnosticDescriptors.CodeOfOtherDomain, value.Syntax, shown, source.Name, expected.Name);
                }

                return;
            }

            CheckCode(report, value.Syntax, code, IsBareNumber(value.Syntax), expected, enumCast);
        }

        /// <summary>
        /// The catalog a value is marked as holding codes of: a marked property, field, parameter or method call, also
        /// behind <c>?.</c> (<c>exception?.Code</c>).
        /// </summary>
        private CodeDomain? MarkedDomain(IOperation operation)
        {
            switch (SkipImplicitConversions(operation))
            {
                case IConditionalAccessOperation conditional:
                    return MarkedDomain(conditional.WhenNotNull);
                case IPropertyReferenceOperation property:
                    return _catalog.DomainOfMember(property.Property);
                case IFieldReferenceOperation field:
                    return _catalog.DomainOfMember(field.Field);
                case IParameterReferenceOperation parameter:
                    return _catalog.DomainOfMember(parameter.Parameter);
                case IInvocationOperation invocation:
                    return _catalog.DomainOfMember(invocation.TargetMethod);
                default:
                    return null;
            }
        }

        /// <summary>
        /// The generated enum a constant comes from, looking through casts: <c>ChatErrorCode.ChannelNotFound</c> or
        /// <c>(int)ChatErrorCode.ChannelNotFound</c>, with the member's name when the constant names it.
        /// </summary>
        private (CodeDomain Domain, string? Member)? EnumSource(IOperation value)
        {
            for (IOperation? current = value; current != null; current = (current as IConversionOperation)?.Operand)
            {
                CodeDomain? domain = _catalog.DomainOfEnum(current.Type);
                if (domain != null)
                {
                    string? member = current is IFieldReferenceOperation field && SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, domain.EnumType)
                        ? field.Field.Name
                        : null;
                    return (domain, member);
                }
            }

            return null;
        }

        /// <summary>The method, getter, local function or lambda a <c>return</c> leaves.</summary>
        private static ISymbol? ReturningSymbol(IReturnOperation returnOperation, ISymbol? containing)
        {
            for (IOperation? parent = returnOperation.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation lambda)
                {
                    return lambda.Symbol;
                }

                if (parent is ILocalFunctionOperation localFunction)
                {
                    return localFunction.Symbol;
                }
            }

            return containing;
        }

        private static bool IsConstant(IOperation operation) => SkipImplicitConversions(operation).ConstantValue.HasValue;

        /// <summary>A constant, or an expression that picks one of several values, some of which may be constants.</summary>
        private static bool CarriesConstant(IOperation operation)
        {
            IOperation value = SkipImplicitConversions(operation);
            return value.ConstantValue.HasValue || value is IConditionalOperation or ICoalesceOperation or ISwitchExpressionOperation;
        }

        /// <summary>The values a conditional, <c>??</c> or switch expression can produce.</summary>
        private static IEnumerable<IOperation> Branches(IOperation value)
        {
            switch (value)
            {
                case IConditionalOperation { WhenFalse: not null } conditional:
                    yield return conditional.WhenTrue;
                    yield return conditional.WhenFalse;
                    break;
                case ICoalesceOperation coalesce:
                    yield return coalesce.WhenNull;
                    break;
                case ISwitchExpressionOperation switchExpression:
                    foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
                    {
                        yield return arm.Value;
                    }

                    break;
            }
        }

        private static IOperation SkipImplicitConversions(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>A number as written: <c>250100</c>, <c>-102</c>, <c>(250100)</c>; not a named constant or an expression.</summary>
        private static bool IsBareNumber(SyntaxNode syntax)
        {
            SyntaxNode node = syntax;
            while (node is ParenthesizedExpressionSyntax parenthesized)
            {
                node = parenthesized.Expression;
            }

            if (node is PrefixUnaryExpressionSyntax unary && (unary.IsKind(SyntaxKind.UnaryMinusExpression) || unary.IsKind(SyntaxKind.UnaryPlusExpression)))
            {
                node = unary.Operand;
            }

            return node.IsKind(SyntaxKind.NumericLiteralExpression);
        }
    }
}
