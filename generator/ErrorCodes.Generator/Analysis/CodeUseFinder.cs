using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>
    /// Finds the uses of codes in one file for <see cref="ErrorCodeAnalyzer"/>: a file whose text names nothing that
    /// can lead to a code is left at once (<see cref="CodeNames.MayBeUsedIn"/>); in the others every node of the kinds
    /// below is put to the syntactic gate, and only what passes is bound and handed to the <see cref="CodeUseChecker"/>.
    /// </summary>
    /// <remarks>
    /// One walk per file instead of one compiler callback per node: most files of a project never mention a catalog,
    /// and such a file then costs one search of its text instead of a callback for each of its arguments, returns,
    /// comparisons and assignments.
    /// </remarks>
    internal sealed class CodeUseFinder
    {
        private readonly CodeNames _names;
        private readonly CodeUseChecker _checker;
        private readonly SyntaxGate _gate;

        public CodeUseFinder(CodeNames names, CodeUseChecker checker, SyntaxGate gate)
        {
            _names = names;
            _checker = checker;
            _gate = gate;
        }

        /// <summary>Checks every use of a code in the file of <paramref name="context"/>.</summary>
        public void AnalyzeFile(SemanticModelAnalysisContext context)
        {
            SemanticModel model = context.SemanticModel;
            if (!_names.MayBeUsedIn(model.SyntaxTree, context.CancellationToken))
            {
                return;
            }

            // The IDE asks for the part of a file it shows or was edited (FilterSpan); the compiler for the whole file.
            SyntaxNode root = model.SyntaxTree.GetRoot(context.CancellationToken);
            IEnumerable<SyntaxNode> nodes = context.FilterSpan is { } span ? root.DescendantNodes(span) : root.DescendantNodes();
            foreach (SyntaxNode node in nodes)
            {
                var c = new UseSite(node, model, context.ReportDiagnostic, context.CancellationToken);
                switch (node.Kind())
                {
                    case SyntaxKind.CastExpression:
                        AnalyzeCast(c);
                        break;
                    case SyntaxKind.Argument:
                        AnalyzeArgument(c);
                        break;
                    case SyntaxKind.EqualsExpression:
                    case SyntaxKind.NotEqualsExpression:
                        AnalyzeComparison(c);
                        break;
                    case SyntaxKind.IsPatternExpression:
                        AnalyzeIsPattern(c);
                        break;
                    case SyntaxKind.Subpattern:
                        AnalyzeSubpattern(c);
                        break;
                    case SyntaxKind.SwitchStatement:
                        AnalyzeSwitchStatement(c);
                        break;
                    case SyntaxKind.SwitchExpression:
                        AnalyzeSwitchExpression(c);
                        break;
                    case SyntaxKind.SimpleAssignmentExpression:
                    case SyntaxKind.CoalesceAssignmentExpression:
                        AnalyzeAssignment(c);
                        break;
                    case SyntaxKind.EqualsValueClause:
                        AnalyzeInitializer(c);
                        break;
                    case SyntaxKind.ReturnStatement:
                    case SyntaxKind.ArrowExpressionClause:
                    case SyntaxKind.SimpleLambdaExpression:
                    case SyntaxKind.ParenthesizedLambdaExpression:
                        AnalyzeReturn(c);
                        break;
                }
            }
        }

        private void AnalyzeCast(UseSite c)
        {
            var cast = (CastExpressionSyntax)c.Node;
            if (CodeNames.RightmostName(cast.Type) is string type && _names.IsEnumName(type) && SyntaxGate.MayBeConstant(cast.Expression) && !GeneratedCode.IsMarked(c.ContainingSymbol))
            {
                if (SyntaxGate.TryReadNumber(cast.Expression, out ExpressionSyntax number, out int code))
                {
                    // The common case, a number cast to the enum: when the name can only mean one generated enum, nothing
                    // is bound at all (binding the method around the cast is what costs).
                    if (_names.UniqueEnum(type) is INamedTypeSymbol enumType)
                    {
                        _checker.AnalyzeNumberCast(cast, number, code, enumType, c.ReportDiagnostic);
                        return;
                    }
                }

                // (DErrorCode?)250999 is a conversion to the nullable over a conversion to the enum, both with the cast's syntax.
                for (IOperation? operation = OuterConversion(c.SemanticModel, cast, c.CancellationToken);
                     operation is IConversionOperation conversion && conversion.Syntax == cast;
                     operation = conversion.Operand)
                {
                    _checker.AnalyzeCast(conversion, c.ReportDiagnostic);
                }
            }
        }

        private void AnalyzeArgument(UseSite c)
        {
            var argument = (ArgumentSyntax)c.Node;
            if (_gate.MayBeCode(argument.Expression) && _gate.MayTakeCode(argument) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                && OperationOf<IArgumentOperation>(c.SemanticModel, argument, argument.Expression, c.CancellationToken) is IArgumentOperation operation)
            {
                _checker.AnalyzeArgument(operation, c.ReportDiagnostic);
            }
        }

        private void AnalyzeComparison(UseSite c)
        {
            var binary = (BinaryExpressionSyntax)c.Node;
            if (((_gate.MayBeCode(binary.Right) && _gate.MayHoldCode(binary.Left))
                 || (_gate.MayBeCode(binary.Left) && _gate.MayHoldCode(binary.Right))) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                && c.SemanticModel.GetOperation(binary, c.CancellationToken) is IBinaryOperation operation)
            {
                _checker.AnalyzeComparison(operation, c.ReportDiagnostic);
            }
        }

        private void AnalyzeIsPattern(UseSite c)
        {
            var isPattern = (IsPatternExpressionSyntax)c.Node;
            if (_gate.MayHoldCode(isPattern.Expression) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                && c.SemanticModel.GetOperation(isPattern, c.CancellationToken) is IIsPatternOperation operation)
            {
                _checker.AnalyzeIsPattern(operation, c.ReportDiagnostic);
            }
        }

        private void AnalyzeSubpattern(UseSite c)
        {
            var subpattern = (SubpatternSyntax)c.Node;
            if (_gate.MayMatchCode(subpattern) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                && SubpatternOf(c.SemanticModel, subpattern, c.CancellationToken) is IPropertySubpatternOperation operation)
            {
                _checker.AnalyzePropertySubpattern(operation, c.ReportDiagnostic);
            }
        }

        private void AnalyzeSwitchStatement(UseSite c)
        {
            var switchStatement = (SwitchStatementSyntax)c.Node;
            if (_gate.MayHoldCode(switchStatement.Expression) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                && c.SemanticModel.GetOperation(switchStatement, c.CancellationToken) is ISwitchOperation operation)
            {
                _checker.AnalyzeSwitch(operation, c.ReportDiagnostic);
            }
        }

        private void AnalyzeSwitchExpression(UseSite c)
        {
            var switchExpression = (SwitchExpressionSyntax)c.Node;
            if (_gate.MayHoldCode(switchExpression.GoverningExpression) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                && c.SemanticModel.GetOperation(switchExpression, c.CancellationToken) is ISwitchExpressionOperation operation)
            {
                _checker.AnalyzeSwitchExpression(operation, c.ReportDiagnostic);
            }
        }

        private void AnalyzeAssignment(UseSite c)
        {
            var assignment = (AssignmentExpressionSyntax)c.Node;
            if (_gate.MayBeCode(assignment.Right) && _gate.MayHoldCode(assignment.Left) && !GeneratedCode.IsMarked(c.ContainingSymbol))
            {
                switch (c.SemanticModel.GetOperation(assignment, c.CancellationToken))
                {
                    case ISimpleAssignmentOperation simple:
                        _checker.AnalyzeAssignment(simple.Target, simple.Value, c.ReportDiagnostic);
                        break;
                    case ICoalesceAssignmentOperation coalesce:
                        _checker.AnalyzeAssignment(coalesce.Target, coalesce.Value, c.ReportDiagnostic);
                        break;
                }
            }
        }

        private void AnalyzeInitializer(UseSite c)
        {
            var initializer = (EqualsValueClauseSyntax)c.Node;
            if (_gate.MayBeCode(initializer.Value) && _gate.MayInitializeCode(initializer) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                && c.SemanticModel.GetOperation(initializer, c.CancellationToken) is ISymbolInitializerOperation operation)
            {
                _checker.AnalyzeInitializer(operation, c.ReportDiagnostic);
            }
        }

        private void AnalyzeReturn(UseSite c)
        {
            ExpressionSyntax? returned = c.Node switch
            {
                ReturnStatementSyntax statement => statement.Expression,
                ArrowExpressionClauseSyntax arrow => arrow.Expression,
                LambdaExpressionSyntax lambda => lambda.ExpressionBody,
                _ => null,
            };
            if (returned != null && _gate.MayBeCode(returned) && _gate.MayReturnCode(c.Node))
            {
                ISymbol? containing = c.ContainingSymbol;
                if (!GeneratedCode.IsMarked(containing)
                    && ReturnOf(c.SemanticModel.GetOperation(c.Node is ReturnStatementSyntax ? c.Node : WithoutParentheses(returned), c.CancellationToken)) is IReturnOperation operation)
                {
                    _checker.AnalyzeReturn(operation, containing, c.ReportDiagnostic);
                }
            }
        }

        /// <summary>
        /// The operation of <paramref name="node"/>. C# has no operation for parentheses, and some nodes map to none
        /// (an argument in parentheses), so then it is the nearest <typeparamref name="T"/> above <paramref name="inner"/>'s.
        /// </summary>
        private static T? OperationOf<T>(SemanticModel model, SyntaxNode node, ExpressionSyntax inner, CancellationToken cancellationToken)
            where T : class, IOperation
        {
            if (model.GetOperation(node, cancellationToken) is T found)
            {
                return found;
            }

            for (IOperation? operation = model.GetOperation(WithoutParentheses(inner), cancellationToken); operation != null; operation = operation.Parent)
            {
                if (operation is T parent)
                {
                    return parent;
                }
            }

            return null;
        }

        /// <summary>
        /// The operation of <c>Code: 250999</c> in a property pattern. An extended one, <c>Next.Code: 250999</c>, has
        /// none of its own (the compiler nests a pattern per name): then it is the innermost, the parent of the pattern.
        /// </summary>
        private static IPropertySubpatternOperation? SubpatternOf(SemanticModel model, SubpatternSyntax subpattern, CancellationToken cancellationToken)
            => model.GetOperation(subpattern, cancellationToken) as IPropertySubpatternOperation
                ?? model.GetOperation(subpattern.Pattern, cancellationToken)?.Parent as IPropertySubpatternOperation;

        /// <summary>The outermost conversion a cast makes; the semantic model has no operation for a cast to a nullable enum itself.</summary>
        private static IOperation? OuterConversion(SemanticModel model, CastExpressionSyntax cast, CancellationToken cancellationToken)
        {
            IOperation? outer = model.GetOperation(cast, cancellationToken);
            if (outer != null)
            {
                return outer;
            }

            for (IOperation? operation = model.GetOperation(WithoutParentheses(cast.Expression), cancellationToken); operation != null; operation = operation.Parent)
            {
                if (operation is IConversionOperation && operation.Syntax == cast)
                {
                    outer = operation;
                }
                else if (outer != null)
                {
                    break;
                }
            }

            return outer;
        }

        private static ExpressionSyntax WithoutParentheses(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        /// <summary>The return an expression body becomes: the operation itself, or its parent past implicit conversions.</summary>
        private static IReturnOperation? ReturnOf(IOperation? operation)
        {
            for (IOperation? current = operation; current != null; current = current.Parent)
            {
                if (current is IReturnOperation returnOperation)
                {
                    return returnOperation.IsImplicit || current == operation ? returnOperation : null;
                }

                if (current != operation && current is not IConversionOperation { IsImplicit: true })
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>A node to check, with what the checks need to bind it and report on it.</summary>
        private readonly struct UseSite
        {
            public UseSite(SyntaxNode node, SemanticModel semanticModel, Action<Diagnostic> reportDiagnostic, CancellationToken cancellationToken)
            {
                Node = node;
                SemanticModel = semanticModel;
                ReportDiagnostic = reportDiagnostic;
                CancellationToken = cancellationToken;
            }

            public SyntaxNode Node { get; }

            public SemanticModel SemanticModel { get; }

            public Action<Diagnostic> ReportDiagnostic { get; }

            public CancellationToken CancellationToken { get; }

            /// <summary>
            /// The member the node belongs to (a lambda's or local function's code belongs to the member around it),
            /// as the compiler gives it to a syntax-node callback. Looked up only for nodes past the gate.
            /// </summary>
            public ISymbol? ContainingSymbol
            {
                get
                {
                    for (SyntaxNode? node = Node; node != null; node = node.Parent)
                    {
                        switch (node)
                        {
                            case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax }:
                            case BaseMethodDeclarationSyntax:
                            case AccessorDeclarationSyntax:
                            case BasePropertyDeclarationSyntax:
                            case EnumMemberDeclarationSyntax:
                            case DelegateDeclarationSyntax:
                            case BaseTypeDeclarationSyntax:
                                return SemanticModel.GetDeclaredSymbol(node, CancellationToken);
                            case GlobalStatementSyntax:
                                return SemanticModel.GetEnclosingSymbol(Node.SpanStart, CancellationToken);
                        }
                    }

                    return SemanticModel.GetEnclosingSymbol(Node.SpanStart, CancellationToken);
                }
            }
        }
    }
}
