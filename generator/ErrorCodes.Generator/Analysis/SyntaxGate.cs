using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>
    /// The syntactic tests the analyzer runs before any semantic query. Each answers "could this be a use of a code?"
    /// from the syntax and the names in <see cref="CodeNames"/> alone; it may say yes too often (the symbols decide
    /// afterwards) but never no to a real use.
    /// </summary>
    internal sealed class SyntaxGate
    {
        private readonly CodeNames _names;
        private readonly bool _strings;

        /// <param name="names">The names that can lead to a code.</param>
        /// <param name="strings">Some catalog is string-coded, so string literals can be codes too.</param>
        public SyntaxGate(CodeNames names, bool strings)
        {
            _names = names;
            _strings = strings;
        }

        /// <summary>
        /// <see cref="MayBeConstant(ExpressionSyntax, bool)"/>, string literals included only when some catalog is
        /// string-coded.
        /// </summary>
        public bool MayBeCode(ExpressionSyntax expression) => MayBeConstant(expression, _strings);

        /// <summary>
        /// An expression that can be an integer constant or pick one: a number, a name (a const), arithmetic of
        /// such, a cast, <c>default</c>, or a <c>?:</c>, <c>??</c> or switch expression (whose branches are checked);
        /// with <paramref name="strings"/>, also a string literal (or a concatenation of constants).
        /// </summary>
        public static bool MayBeConstant(ExpressionSyntax expression, bool strings = false)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return literal.IsKind(SyntaxKind.NumericLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression)
                        || (strings && literal.IsKind(SyntaxKind.StringLiteralExpression));
                case ParenthesizedExpressionSyntax parenthesized:
                    return MayBeConstant(parenthesized.Expression, strings);
                case CheckedExpressionSyntax @checked:
                    return MayBeConstant(@checked.Expression, strings);
                case CastExpressionSyntax cast:
                    return MayBeConstant(cast.Expression, strings);
                case PrefixUnaryExpressionSyntax unary:
                    return !unary.IsKind(SyntaxKind.LogicalNotExpression) && MayBeConstant(unary.Operand, strings);
                case BinaryExpressionSyntax binary:
                    return binary.IsKind(SyntaxKind.CoalesceExpression)
                        || (IsArithmetic(binary.Kind()) && MayBeConstant(binary.Left, strings) && MayBeConstant(binary.Right, strings));
                case IdentifierNameSyntax identifier:
                    // A parameter of the function it is used in is never a constant (no local there can share its name).
                    return !NamesOwnParameter(identifier);
                case SimpleNameSyntax:
                case MemberAccessExpressionSyntax:
                case AliasQualifiedNameSyntax:
                case QualifiedNameSyntax:
                case ConditionalExpressionSyntax:
                case SwitchExpressionSyntax:
                case DefaultExpressionSyntax:
                case SizeOfExpressionSyntax:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A number as written, <c>250999</c>, <c>-102</c> or <c>(250100)</c>, whose value fits an int: then the
        /// constant is known without binding. <paramref name="number"/> is the expression without its parentheses.
        /// </summary>
        public static bool TryReadNumber(ExpressionSyntax expression, out ExpressionSyntax number, out int code)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            number = expression;
            code = 0;
            bool negate = false;
            if (expression is PrefixUnaryExpressionSyntax unary && (unary.IsKind(SyntaxKind.UnaryMinusExpression) || unary.IsKind(SyntaxKind.UnaryPlusExpression)))
            {
                negate = unary.IsKind(SyntaxKind.UnaryMinusExpression);
                expression = unary.Operand;
            }

            if (!expression.IsKind(SyntaxKind.NumericLiteralExpression))
            {
                return false;
            }

            long value;
            switch (((LiteralExpressionSyntax)expression).Token.Value)
            {
                case int i:
                    value = i;
                    break;
                case uint ui:
                    value = ui;
                    break;
                case long l:
                    value = l;
                    break;
                case ulong ul when ul <= long.MaxValue:
                    value = (long)ul;
                    break;
                default:
                    return false;
            }

            value = negate ? -value : value;
            if (value < int.MinValue || value > int.MaxValue)
            {
                return false;
            }

            code = (int)value;
            return true;
        }

        /// <summary>A property, field, parameter or call that may be marked: its name is a marked name, or it is a parameter of a function that may be.</summary>
        public bool MayHoldCode(ExpressionSyntax expression)
        {
            string? name = CodeNames.RightmostName(expression);
            if (name is null)
            {
                return false;
            }

            if (_names.IsMarkedName(name))
            {
                return true;
            }

            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression is IdentifierNameSyntax identifier && IsMarkedParameter(identifier);
        }

        /// <summary>An argument of a method, constructor, indexer or delegate whose name may have a marked parameter.</summary>
        public bool MayTakeCode(ArgumentSyntax argument)
        {
            switch (argument.Parent?.Parent)
            {
                case InvocationExpressionSyntax invocation:
                    return _names.MarkedDelegate
                        || (CodeNames.RightmostName(invocation.Expression) is string name && _names.IsMarkedName(name));
                case ObjectCreationExpressionSyntax creation:
                    return CodeNames.RightmostName(creation.Type) is string type && _names.IsMarkedName(type);
                case ImplicitObjectCreationExpressionSyntax:
                case ConstructorInitializerSyntax:
                case PrimaryConstructorBaseTypeSyntax:
                    return _names.MarkedConstructor;
                case ElementAccessExpressionSyntax:
                case ElementBindingExpressionSyntax:
                    return _names.IsMarkedName(CodeNames.IndexerName);
                default:
                    return false;
            }
        }

        /// <summary>
        /// A property pattern on a name that may be marked, <c>{ Code: 250999 }</c> or <c>{ Error.Code: 250999 }</c>,
        /// whose pattern may hold a constant (also inside <c>not</c>, <c>and</c>, <c>or</c>).
        /// </summary>
        public bool MayMatchCode(SubpatternSyntax subpattern)
            => subpattern.ExpressionColon is BaseExpressionColonSyntax colon
                && CodeNames.RightmostName(colon.Expression) is string name
                && _names.IsMarkedName(name)
                && MayHoldConstantPattern(subpattern.Pattern);

        private bool MayHoldConstantPattern(PatternSyntax pattern)
            => pattern switch
            {
                ConstantPatternSyntax constant => MayBeCode(constant.Expression),
                UnaryPatternSyntax unary => MayHoldConstantPattern(unary.Pattern),
                BinaryPatternSyntax binary => MayHoldConstantPattern(binary.Left) || MayHoldConstantPattern(binary.Right),
                ParenthesizedPatternSyntax parenthesized => MayHoldConstantPattern(parenthesized.Pattern),
                _ => false,
            };

        /// <summary>The initializer of a field or property with a marked name, or the default value of a parameter that may be marked.</summary>
        public bool MayInitializeCode(EqualsValueClauseSyntax initializer)
        {
            switch (initializer.Parent)
            {
                case VariableDeclaratorSyntax variable when variable.Parent?.Parent is FieldDeclarationSyntax:
                    return _names.IsMarkedName(variable.Identifier.ValueText);
                case PropertyDeclarationSyntax property:
                    return _names.IsMarkedName(property.Identifier.ValueText);
                case ParameterSyntax parameter:
                    return parameter.AttributeLists.Count > 0 || MayBeMarkedFunction(parameter.Parent?.Parent);
                default:
                    return false;
            }
        }

        /// <summary>A return (statement, expression body or lambda body) that leaves a function whose return may be marked.</summary>
        public bool MayReturnCode(SyntaxNode node)
        {
            SyntaxNode? function = node is ReturnStatementSyntax ? node.Parent : node is ArrowExpressionClauseSyntax ? node.Parent : node;
            for (; function != null; function = function.Parent)
            {
                switch (function)
                {
                    case AnonymousFunctionExpressionSyntax lambda:
                        // A lambda's return is marked only by its own attribute.
                        return lambda is LambdaExpressionSyntax { AttributeLists.Count: > 0 };
                    case LocalFunctionStatementSyntax local:
                        return local.AttributeLists.Count > 0;
                    case AccessorDeclarationSyntax:
                    case BaseMethodDeclarationSyntax:
                    case BasePropertyDeclarationSyntax:
                        return MayBeMarkedFunction(function);
                }
            }

            return false;
        }

        private bool MayBeMarkedFunction(SyntaxNode? function)
        {
            switch (function)
            {
                case null:
                    return false;
                case AnonymousFunctionExpressionSyntax:
                    return false;
                case OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax:
                    return ((MemberDeclarationSyntax)function).AttributeLists.Count > 0;
                default:
                    return CodeNames.FunctionName(function) is string name && _names.IsMarkedName(name);
            }
        }

        /// <summary>
        /// A parameter reference whose parameter carries an attribute or belongs to a function with a marked name
        /// (an override or implementation may rename the parameter its base marks).
        /// </summary>
        private bool IsMarkedParameter(IdentifierNameSyntax identifier)
        {
            string name = identifier.Identifier.ValueText;
            for (SyntaxNode? node = identifier.Parent; node != null; node = node.Parent)
            {
                ParameterSyntax? parameter = FindParameter(node, name);
                if (parameter != null)
                {
                    return parameter.AttributeLists.Count > 0 || MayBeMarkedFunction(node);
                }
            }

            return false;
        }

        /// <summary>An identifier that names a parameter of the innermost function around it.</summary>
        private static bool NamesOwnParameter(IdentifierNameSyntax identifier)
        {
            string name = identifier.Identifier.ValueText;
            for (SyntaxNode? node = identifier.Parent; node != null; node = node.Parent)
            {
                if (node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax or IndexerDeclarationSyntax)
                {
                    // Only the innermost function: a nested lambda may declare a constant that hides an outer parameter.
                    return FindParameter(node, name) != null;
                }

                if (node is MemberDeclarationSyntax)
                {
                    return false;
                }
            }

            return false;
        }

        private static ParameterSyntax? FindParameter(SyntaxNode node, string name)
        {
            BaseParameterListSyntax? list = node switch
            {
                BaseMethodDeclarationSyntax method => method.ParameterList,
                LocalFunctionStatementSyntax local => local.ParameterList,
                ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList,
                AnonymousMethodExpressionSyntax anonymous => anonymous.ParameterList,
                IndexerDeclarationSyntax indexer => indexer.ParameterList,
                TypeDeclarationSyntax type => type.ParameterList,
                _ => null,
            };
            if (node is SimpleLambdaExpressionSyntax simple)
            {
                return simple.Parameter.Identifier.ValueText == name ? simple.Parameter : null;
            }

            if (list != null)
            {
                foreach (ParameterSyntax parameter in list.Parameters)
                {
                    if (parameter.Identifier.ValueText == name)
                    {
                        return parameter;
                    }
                }
            }

            return null;
        }

        private static bool IsArithmetic(SyntaxKind kind)
            => kind is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression
                or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression or SyntaxKind.LeftShiftExpression
                or SyntaxKind.RightShiftExpression or SyntaxKind.BitwiseAndExpression or SyntaxKind.BitwiseOrExpression
                or SyntaxKind.ExclusiveOrExpression;
    }
}
