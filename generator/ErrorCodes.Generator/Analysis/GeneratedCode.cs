using ErrorCodes.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>
    /// The part of the compiler's rules for generated code that the compiler does not apply for us. It keeps
    /// generated files away from the analyzer (see <see cref="ErrorCodeAnalyzer"/>), but not the members of an
    /// ordinary file that carry <c>[GeneratedCode]</c>, on themselves or on any part of a type around them; a
    /// symbol's attributes (all parts of a type) are read here, and only when one of its declarations has an
    /// attribute list, at the few uses that pass the syntactic gate.
    /// </summary>
    internal static class GeneratedCode
    {
        /// <summary>A symbol, or a type around it, with <c>System.CodeDom.Compiler.GeneratedCodeAttribute</c>.</summary>
        public static bool IsMarked(ISymbol? symbol)
        {
            for (ISymbol? current = symbol; current != null && current.Kind != SymbolKind.Namespace; current = current.ContainingSymbol)
            {
                // Binding a symbol's attributes costs far more than looking at its declarations' syntax, and most
                // declarations have no attribute list at all.
                if (MayHaveAttributes(current) && HasGeneratedCodeAttribute(current))
                {
                    return true;
                }

                // An accessor's containing symbol is its type: the property or event it belongs to comes in between.
                if (current is IMethodSymbol { AssociatedSymbol: { } associated } && MayHaveAttributes(associated) && HasGeneratedCodeAttribute(associated))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a type declaration carries the <c>[GeneratedCode("ErrorCodes", ...)]</c> the generator writes on
        /// every type it emits; read from the syntax, which tells the generator's part of a type from the project's.
        /// </summary>
        public static bool HasErrorCodesAttribute(TypeDeclarationSyntax declaration)
        {
            foreach (AttributeListSyntax list in declaration.AttributeLists)
            {
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    if (attribute.Name.ToString() == Fragments.GeneratedCodeAttributeName
                        && attribute.ArgumentList is { Arguments.Count: > 0 } arguments
                        && arguments.Arguments[0].Expression is LiteralExpressionSyntax { Token.ValueText: Fragments.GeneratorName })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether a type from a referenced assembly carries the generator's <c>[GeneratedCode("ErrorCodes", ...)]</c>.</summary>
        public static bool HasErrorCodesAttribute(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (IsGeneratedCodeAttribute(attribute.AttributeClass)
                    && attribute.ConstructorArguments.Length > 0
                    && attribute.ConstructorArguments[0].Value is Fragments.GeneratorName)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasGeneratedCodeAttribute(ISymbol symbol)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (IsGeneratedCodeAttribute(attribute.AttributeClass))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsGeneratedCodeAttribute(INamedTypeSymbol? type)
            => type != null && type.Name == "GeneratedCodeAttribute" && type.ContainingNamespace?.ToDisplayString() == "System.CodeDom.Compiler";

        /// <summary>
        /// Whether any declaration of the symbol (every part of a partial type) carries an attribute list; a symbol
        /// declared where this cannot be told is assumed to.
        /// </summary>
        private static bool MayHaveAttributes(ISymbol symbol)
        {
            if (symbol.DeclaringSyntaxReferences.IsEmpty)
            {
                return true;
            }

            foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
            {
                SyntaxNode declaration = reference.GetSyntax();
                if (declaration is VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field })
                {
                    declaration = field;
                }

                switch (declaration)
                {
                    case MemberDeclarationSyntax member when member.AttributeLists.Count == 0:
                    case AccessorDeclarationSyntax accessor when accessor.AttributeLists.Count == 0:
                    case LocalFunctionStatementSyntax local when local.AttributeLists.Count == 0:
                    case ParenthesizedLambdaExpressionSyntax lambda when lambda.AttributeLists.Count == 0:
                    case SimpleLambdaExpressionSyntax simple when simple.AttributeLists.Count == 0:
                    case AnonymousMethodExpressionSyntax:
                        continue;
                    default:
                        return true;
                }
            }

            return false;
        }
    }
}
