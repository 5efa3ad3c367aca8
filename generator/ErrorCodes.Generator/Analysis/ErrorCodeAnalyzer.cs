using System.Collections.Immutable;
using ErrorCodes.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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
    /// Syntax first: a file whose text names nothing that can lead to a code is not walked at all, and in the others
    /// every node starts with a purely syntactic test (a name from <see cref="CodeNames"/> and a value that can be a
    /// constant) and asks the semantic model only when both pass, so ordinary code costs no binding and no operation
    /// trees on the analyzer's account (see <see cref="CodeUseFinder"/>). Generated files never reach the analyzer;
    /// members marked <c>[GeneratedCode]</c>, on themselves or on any part of a type around them, are left out by
    /// <see cref="GeneratedCode"/>.
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
            // The compiler leaves generated files out of the analysis (a large catalog's own generated code is tens
            // of thousands of nodes); [GeneratedCode] members of ordinary files are left out by GeneratedCode.
            // Diagnostics are reported without the compiler's check for generated code: that check binds the method
            // around each one, and nothing reported here can lie in generated code.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(Start);
        }

        private static void Start(CompilationStartAnalysisContext context)
        {
            CodeCatalog? catalog = CodeCatalog.Create(context.Compilation, context.CancellationToken);
            if (catalog is null)
            {
                // No generated catalog in sight: nothing can hold a code, so nothing is registered.
                return;
            }

            var names = CodeNames.Create(context.Compilation, catalog.Enums, catalog.UsingAssemblies, catalog.HasStringCodes, context.CancellationToken);
            var finder = new CodeUseFinder(names, new CodeUseChecker(catalog), new SyntaxGate(names, catalog.HasStringCodes));
            context.RegisterSemanticModelAction(finder.AnalyzeFile);
        }
    }
}
