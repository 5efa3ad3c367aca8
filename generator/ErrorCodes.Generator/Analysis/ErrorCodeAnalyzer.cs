using System.Collections.Immutable;
using ErrorCodes.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>
    /// Checks integer constants used where a catalog's code is meant: casts to a generated enum, arguments and
    /// comparisons of members marked with <c>ErrorCode(typeof(...))</c> (the generated <c>IsDefined</c>,
    /// <c>TryFromCode</c> and exception <c>Code</c> among them), and assignments, initializers and returns of marked
    /// user members. Reports EC2001 (not a code of the catalog), EC2002 (a defined code written as a number) and
    /// EC2003 (a code of another catalog).
    /// </summary>
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
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(Start);
        }

        private static void Start(CompilationStartAnalysisContext context)
        {
            CodeCatalog? catalog = CodeCatalog.Create(context.Compilation);
            if (catalog is null)
            {
                // No generated catalog in sight: nothing can hold a code, so nothing is registered.
                return;
            }

            var checker = new CodeUseChecker(catalog);
            context.RegisterOperationAction(checker.AnalyzeCast, OperationKind.Conversion);
            context.RegisterOperationAction(checker.AnalyzeArgument, OperationKind.Argument);
            context.RegisterOperationAction(checker.AnalyzeComparison, OperationKind.Binary);
            context.RegisterOperationAction(checker.AnalyzeIsPattern, OperationKind.IsPattern);
            context.RegisterOperationAction(checker.AnalyzeSwitch, OperationKind.Switch);
            context.RegisterOperationAction(checker.AnalyzeSwitchExpression, OperationKind.SwitchExpression);
            context.RegisterOperationAction(checker.AnalyzeAssignment, OperationKind.SimpleAssignment);
            context.RegisterOperationAction(
                checker.AnalyzeInitializer,
                OperationKind.FieldInitializer,
                OperationKind.PropertyInitializer,
                OperationKind.ParameterInitializer);
            context.RegisterOperationAction(checker.AnalyzeReturn, OperationKind.Return);
        }
    }
}
