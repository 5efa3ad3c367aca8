using System.Threading;
using System.Collections.Immutable;
using ErrorCodes.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>
    /// Checks integer constants used where a catalog's code is meant: casts to a generated enum, arguments and
    /// comparisons and property patterns of members marked with <c>ErrorCode(typeof(...))</c> (the generated
    /// <c>IsDefined</c>, <c>TryFromCode</c> and exception <c>Code</c> among them), and assignments, initializers and
    /// returns of marked user members. Reports EC2001 (not a code of the catalog), EC2002 (a defined code written as a number) and
    /// EC2003 (a code of another catalog). For a string-coded catalog the same positions take string constants (the
    /// generated exception's <c>CodeText</c> is the marked member there); string literals pass the syntactic gate only
    /// when such a catalog is in sight.
    /// </summary>
    /// <remarks>
    /// Syntax first: every callback starts with a purely syntactic test (a name from <see cref="CodeNames"/> and a
    /// value that can be a constant) and asks the semantic model only when both pass, so ordinary code costs no
    /// binding and no operation trees on the analyzer's account. Generated code never reaches the callbacks, except
    /// a member of a partial type marked <c>[GeneratedCode]</c> on another part, which <see cref="GeneratedCode"/>
    /// leaves out.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ErrorCodeAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UnknownCode,
            DiagnosticDescriptors.CodeAsNumber,
            DiagnosticDescriptors.CodeOfOtherDomain);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // The compiler leaves generated files and [GeneratedCode] members out of the analysis (a large catalog's
            // own generated code is tens of thousands of nodes); what it misses, [GeneratedCode] on another part of
            // a partial type, is left out by GeneratedCode. Diagnostics are reported without the compiler's check for generated code:
            // that check binds the method around each one, and nothing reported here can lie in generated code.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(Start);
        }

        // Long by choice: one registration per syntax kind, each a short lambda over the same catalog, names and gate;
        // read in one place, the list shows every node the analyzer looks at.
        private static void Start(CompilationStartAnalysisContext context)
        {
            CodeCatalog? catalog = CodeCatalog.Create(context.Compilation, context.CancellationToken);
            if (catalog is null)
            {
                // No generated catalog in sight: nothing can hold a code, so nothing is registered.
                return;
            }

            var names = CodeNames.Create(context.Compilation, catalog.Enums, catalog.UsingAssemblies, catalog.HasStringCodes, context.CancellationToken);
            var checker = new CodeUseChecker(catalog);
            var gate = new SyntaxGate(names, catalog.HasStringCodes);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var cast = (CastExpressionSyntax)c.Node;
                    if (CodeNames.RightmostName(cast.Type) is string type && names.IsEnumName(type) && SyntaxGate.MayBeConstant(cast.Expression) && !GeneratedCode.IsMarked(c.ContainingSymbol))
                    {
                        if (SyntaxGate.TryReadNumber(cast.Expression, out ExpressionSyntax number, out int code))
                        {
                            // The common case, a number cast to the enum: when the name can only mean one generated enum, nothing
                            // is bound at all (binding the method around the cast is what costs).
                            if (names.UniqueEnum(type) is INamedTypeSymbol enumType)
                            {
                                checker.AnalyzeNumberCast(cast, number, code, enumType, c.ReportDiagnostic);
                                return;
                            }
                        }

                        // (DErrorCode?)250999 is a conversion to the nullable over a conversion to the enum, both with the cast's syntax.
                        for (IOperation? operation = OuterConversion(c.SemanticModel, cast, c.CancellationToken);
                             operation is IConversionOperation conversion && conversion.Syntax == cast;
                             operation = conversion.Operand)
                        {
                            checker.AnalyzeCast(conversion, c.ReportDiagnostic);
                        }
                    }
                },
                SyntaxKind.CastExpression);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var argument = (ArgumentSyntax)c.Node;
                    if (gate.MayBeCode(argument.Expression) && gate.MayTakeCode(argument) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                        && OperationOf<IArgumentOperation>(c.SemanticModel, argument, argument.Expression, c.CancellationToken) is IArgumentOperation operation)
                    {
                        checker.AnalyzeArgument(operation, c.ReportDiagnostic);
                    }
                },
                SyntaxKind.Argument);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var binary = (BinaryExpressionSyntax)c.Node;
                    if (((gate.MayBeCode(binary.Right) && gate.MayHoldCode(binary.Left))
                         || (gate.MayBeCode(binary.Left) && gate.MayHoldCode(binary.Right))) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                        && c.SemanticModel.GetOperation(binary, c.CancellationToken) is IBinaryOperation operation)
                    {
                        checker.AnalyzeComparison(operation, c.ReportDiagnostic);
                    }
                },
                SyntaxKind.EqualsExpression,
                SyntaxKind.NotEqualsExpression);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var isPattern = (IsPatternExpressionSyntax)c.Node;
                    if (gate.MayHoldCode(isPattern.Expression) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                        && c.SemanticModel.GetOperation(isPattern, c.CancellationToken) is IIsPatternOperation operation)
                    {
                        checker.AnalyzeIsPattern(operation, c.ReportDiagnostic);
                    }
                },
                SyntaxKind.IsPatternExpression);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var subpattern = (SubpatternSyntax)c.Node;
                    if (gate.MayMatchCode(subpattern) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                        && SubpatternOf(c.SemanticModel, subpattern, c.CancellationToken) is IPropertySubpatternOperation operation)
                    {
                        checker.AnalyzePropertySubpattern(operation, c.ReportDiagnostic);
                    }
                },
                SyntaxKind.Subpattern);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var switchStatement = (SwitchStatementSyntax)c.Node;
                    if (gate.MayHoldCode(switchStatement.Expression) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                        && c.SemanticModel.GetOperation(switchStatement, c.CancellationToken) is ISwitchOperation operation)
                    {
                        checker.AnalyzeSwitch(operation, c.ReportDiagnostic);
                    }
                },
                SyntaxKind.SwitchStatement);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var switchExpression = (SwitchExpressionSyntax)c.Node;
                    if (gate.MayHoldCode(switchExpression.GoverningExpression) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                        && c.SemanticModel.GetOperation(switchExpression, c.CancellationToken) is ISwitchExpressionOperation operation)
                    {
                        checker.AnalyzeSwitchExpression(operation, c.ReportDiagnostic);
                    }
                },
                SyntaxKind.SwitchExpression);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var assignment = (AssignmentExpressionSyntax)c.Node;
                    if (gate.MayBeCode(assignment.Right) && gate.MayHoldCode(assignment.Left) && !GeneratedCode.IsMarked(c.ContainingSymbol))
                    {
                        switch (c.SemanticModel.GetOperation(assignment, c.CancellationToken))
                        {
                            case ISimpleAssignmentOperation simple:
                                checker.AnalyzeAssignment(simple.Target, simple.Value, c.ReportDiagnostic);
                                break;
                            case ICoalesceAssignmentOperation coalesce:
                                checker.AnalyzeAssignment(coalesce.Target, coalesce.Value, c.ReportDiagnostic);
                                break;
                        }
                    }
                },
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxKind.CoalesceAssignmentExpression);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var initializer = (EqualsValueClauseSyntax)c.Node;
                    if (gate.MayBeCode(initializer.Value) && gate.MayInitializeCode(initializer) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                        && c.SemanticModel.GetOperation(initializer, c.CancellationToken) is ISymbolInitializerOperation operation)
                    {
                        checker.AnalyzeInitializer(operation, c.ReportDiagnostic);
                    }
                },
                SyntaxKind.EqualsValueClause);

            context.RegisterSyntaxNodeAction(
                c =>
                {
                    ExpressionSyntax? returned = c.Node switch
                    {
                        ReturnStatementSyntax statement => statement.Expression,
                        ArrowExpressionClauseSyntax arrow => arrow.Expression,
                        LambdaExpressionSyntax lambda => lambda.ExpressionBody,
                        _ => null,
                    };
                    if (returned != null && gate.MayBeCode(returned) && gate.MayReturnCode(c.Node) && !GeneratedCode.IsMarked(c.ContainingSymbol)
                        && ReturnOf(c.SemanticModel.GetOperation(c.Node is ReturnStatementSyntax ? c.Node : WithoutParentheses(returned), c.CancellationToken)) is IReturnOperation operation)
                    {
                        checker.AnalyzeReturn(operation, c.ContainingSymbol, c.ReportDiagnostic);
                    }
                },
                SyntaxKind.ReturnStatement,
                SyntaxKind.ArrowExpressionClause,
                SyntaxKind.SimpleLambdaExpression,
                SyntaxKind.ParenthesizedLambdaExpression);
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
    }
}
