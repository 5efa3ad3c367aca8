using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>
    /// The names that can lead to a code, learned once per compilation without binding anything: the simple names of
    /// the generated enums (and aliases of them), and the names of members marked with <c>ErrorCode(typeof(...))</c>
    /// in source (declarations only, never inside expressions) and in referenced assemblies that use ErrorCodes.
    /// Overrides and implementations share their base member's name, so they pass too. The analyzer asks the
    /// semantic model only about syntax that passes these purely syntactic gates; whatever a gate lets through is
    /// decided by the symbols, so a gate may be generous but must never turn away a real use.
    /// </summary>
    internal sealed class CodeNames
    {
        /// <summary>The name an indexer has as a member, and what an element access is checked against.</summary>
        public const string IndexerName = "this[]";

        private readonly HashSet<string> _enumNames;
        private readonly Dictionary<string, INamedTypeSymbol> _uniqueEnums;
        private readonly HashSet<string> _markedNames;
        private readonly HashSet<string> _wordsOfUse;
        private readonly bool _usableWithoutName;

        private CodeNames(HashSet<string> enumNames, Dictionary<string, INamedTypeSymbol> uniqueEnums, HashSet<string> markedNames, HashSet<string> attributeNames, bool markedConstructor, bool markedDelegate)
        {
            _enumNames = enumNames;
            _uniqueEnums = uniqueEnums;
            _markedNames = markedNames;
            MarkedConstructor = markedConstructor;
            MarkedDelegate = markedDelegate;

            // Every gate needs one of these names written in the file: the enum's in a cast, a marked member's where
            // it is called, compared or assigned, the attribute's where a lambda or parameter is marked in place
            // (an override or implementation repeats its base member's name). A marked indexer, delegate or
            // constructor can be used without any name (list[250999], handler(250999), new(250999), base(250999)).
            _wordsOfUse = new HashSet<string>(enumNames, StringComparer.Ordinal);
            _wordsOfUse.UnionWith(markedNames);
            _wordsOfUse.UnionWith(attributeNames);
            bool markedIndexer = _wordsOfUse.Remove(IndexerName);
            _usableWithoutName = markedConstructor || markedDelegate || markedIndexer;
        }

        /// <summary>Some constructor has a marked parameter: <c>new(...)</c> and <c>base(...)</c> arguments are then checked.</summary>
        public bool MarkedConstructor { get; }

        /// <summary>Some delegate type has a marked parameter: every invocation's arguments are then checked.</summary>
        public bool MarkedDelegate { get; }

        public bool IsEnumName(string name) => _enumNames.Contains(name);

        public bool IsMarkedName(string name) => _markedNames.Contains(name);

        /// <summary>
        /// Whether the file may hold a use of a code: its text names a generated enum, a marked member or the
        /// attribute as a whole word, or some marked member can be used without its name. A file that does not is
        /// not walked at all; most files of a project never mention a catalog. (A name written only with Unicode
        /// escapes is not seen; such a use would go unchecked, never be reported wrongly.)
        /// </summary>
        public bool MayBeUsedIn(SyntaxTree tree, CancellationToken cancellationToken)
            => _usableWithoutName || WordSearch.MentionsAny(tree.GetText(cancellationToken), _wordsOfUse, cancellationToken);

        /// <summary>
        /// The generated enum a type name must mean, when no other catalog's enum and no type declared in the
        /// compilation's source has that simple name (and it is not an alias); otherwise null, and the cast is bound.
        /// </summary>
        public INamedTypeSymbol? UniqueEnum(string name) => _uniqueEnums.TryGetValue(name, out INamedTypeSymbol? type) ? type : null;

        // Long by choice: the enum names and the marked names are found in one sequence that shares its sets; split,
        // the sets would travel between the parts.
        public static CodeNames Create(Compilation compilation, IEnumerable<INamedTypeSymbol> enums, IEnumerable<IAssemblySymbol> markedAssemblies, bool stringCoded, CancellationToken cancellationToken)
        {
            var enumNames = new HashSet<string>(StringComparer.Ordinal);
            var uniqueEnums = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
            var sharedNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (INamedTypeSymbol type in enums)
            {
                if (!enumNames.Add(type.Name))
                {
                    sharedNames.Add(type.Name);
                }

                uniqueEnums[type.Name] = type;
            }

            foreach (string name in enumNames)
            {
                // The declaration table answers this without binding; a generated enum of this compilation is itself one.
                int declared = 0;
                foreach (ISymbol symbol in compilation.GetSymbolsWithName(name, SymbolFilter.Type, cancellationToken))
                {
                    if (uniqueEnums[name].ContainingAssembly is not ISourceAssemblySymbol || !SymbolEqualityComparer.Default.Equals(symbol, uniqueEnums[name]))
                    {
                        declared++;
                    }
                }

                if (declared > 0)
                {
                    sharedNames.Add(name);
                }
            }

            foreach (string name in sharedNames)
            {
                uniqueEnums.Remove(name);
            }

            var attributeNames = new HashSet<string>(StringComparer.Ordinal) { "ErrorCode", "ErrorCodeAttribute" };
            var roots = new List<SyntaxNode>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SyntaxNode root = tree.GetRoot(cancellationToken);
                roots.Add(root);
                CollectAliases(root, enumNames, uniqueEnums, attributeNames);
            }

            var markedNames = new HashSet<string>(StringComparer.Ordinal);
            bool markedConstructor = false;
            bool markedDelegate = false;
            foreach (SyntaxNode root in roots)
            {
                if (IsGeneratorOutput(root.SyntaxTree, cancellationToken))
                {
                    // A catalog's generated file marks the same few members whatever its size (and its text is
                    // millions of characters, not to be searched).
                    markedNames.UnionWith(GeneratedNames.MarkedInGeneratedCode);
                    if (stringCoded)
                    {
                        markedNames.UnionWith(GeneratedNames.MarkedInStringCodedCode);
                    }

                    continue;
                }

                if (!WordSearch.MentionsAny(root.SyntaxTree.GetText(cancellationToken), attributeNames, cancellationToken))
                {
                    // Most files never write the attribute's name; finding that in the text is far cheaper than a walk.
                    continue;
                }

                CollectMarkedDeclarations(root, attributeNames, markedNames, ref markedConstructor, ref markedDelegate);
            }

            foreach (IAssemblySymbol assembly in markedAssemblies)
            {
                CollectMarked(assembly.GlobalNamespace, markedNames, ref markedConstructor, ref markedDelegate);
            }

            return new CodeNames(enumNames, uniqueEnums, markedNames, attributeNames, markedConstructor, markedDelegate);
        }

        /// <summary>The names of what the declarations in one file mark with the attribute (under any of <paramref name="attributeNames"/>).</summary>
        internal static void CollectMarkedDeclarations(SyntaxNode root, HashSet<string> attributeNames, HashSet<string> markedNames, ref bool markedConstructor, ref bool markedDelegate)
        {
            // Declarations and statements (for local functions), never expressions: attributes in lambdas are read
            // where the lambda is used, and expressions are most of a tree.
            foreach (SyntaxNode node in root.DescendantNodes(child => child is not ExpressionSyntax))
            {
                if (node is AttributeSyntax attribute && attributeNames.Contains(RightmostName(attribute.Name) ?? string.Empty))
                {
                    AddOwner(attribute.Parent?.Parent, markedNames, ref markedConstructor, ref markedDelegate);
                }
            }
        }

        /// <summary><c>Code</c> in <c>ex.Code</c>, <c>IsDefined</c> in <c>DErrorCodes.IsDefined</c>, <c>DErrorCode</c> in <c>global::N.DErrorCode?</c>.</summary>
        public static string? RightmostName(SyntaxNode? node)
        {
            while (true)
            {
                switch (node)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        node = parenthesized.Expression;
                        break;
                    case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        node = suppressed.Operand;
                        break;
                    case NullableTypeSyntax nullable:
                        node = nullable.ElementType;
                        break;
                    case InvocationExpressionSyntax invocation:
                        node = invocation.Expression;
                        break;
                    case ConditionalAccessExpressionSyntax conditional:
                        node = conditional.WhenNotNull;
                        break;
                    case MemberAccessExpressionSyntax memberAccess:
                        return memberAccess.Name.Identifier.ValueText;
                    case MemberBindingExpressionSyntax memberBinding:
                        return memberBinding.Name.Identifier.ValueText;
                    case QualifiedNameSyntax qualified:
                        return qualified.Right.Identifier.ValueText;
                    case AliasQualifiedNameSyntax aliasQualified:
                        return aliasQualified.Name.Identifier.ValueText;
                    case SimpleNameSyntax simple:
                        return simple.Identifier.ValueText;
                    case ElementAccessExpressionSyntax:
                    case ElementBindingExpressionSyntax:
                        return IndexerName;
                    default:
                        return null;
                }
            }
        }

        /// <summary>The name a function declaration is called by, or null for one without a usable name (lambdas, operators).</summary>
        public static string? FunctionName(SyntaxNode function)
            => function switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
                LocalFunctionStatementSyntax local => local.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                IndexerDeclarationSyntax => IndexerName,
                TypeDeclarationSyntax type => type.Identifier.ValueText,
                AccessorDeclarationSyntax accessor => accessor.Parent?.Parent is SyntaxNode owner ? FunctionName(owner) : null,
                _ => null,
            };

        private static void AddOwner(SyntaxNode? owner, HashSet<string> names, ref bool markedConstructor, ref bool markedDelegate)
        {
            switch (owner)
            {
                case FieldDeclarationSyntax field:
                    foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                    {
                        names.Add(variable.Identifier.ValueText);
                    }

                    break;
                case ParameterSyntax parameter:
                    // A primary constructor's parameter also becomes a record's property of the same name.
                    names.Add(parameter.Identifier.ValueText);
                    SyntaxNode? function = parameter.Parent?.Parent;
                    if (function is DelegateDeclarationSyntax)
                    {
                        markedDelegate = true;
                    }
                    else if (function is ConstructorDeclarationSyntax or TypeDeclarationSyntax)
                    {
                        markedConstructor = true;
                    }

                    if (function != null && FunctionName(function) is string functionName)
                    {
                        names.Add(functionName);
                    }

                    break;
                case SyntaxNode member when FunctionName(member) is string name:
                    names.Add(name);
                    break;
            }
        }

        /// <summary>A file the ErrorCodes generator wrote (or a copy of one): it begins with the generator's two header lines.</summary>
        internal static bool IsGeneratorOutput(SyntaxTree tree, CancellationToken cancellationToken)
        {
            const string Header = GeneratedNames.AutoGeneratedLine + "\n" + GeneratedNames.FileHeader;
            SourceText text = tree.GetText(cancellationToken);
            return text.Length >= Header.Length && text.ToString(new TextSpan(0, Header.Length)) == Header;
        }

        private static void CollectAliases(SyntaxNode root, HashSet<string> enumNames, Dictionary<string, INamedTypeSymbol> uniqueEnums, HashSet<string> attributeNames)
        {
            if (root is not CompilationUnitSyntax unit)
            {
                return;
            }

            var usings = new List<UsingDirectiveSyntax>(unit.Usings);
            foreach (MemberDeclarationSyntax member in unit.Members)
            {
                AddNamespaceUsings(member, usings);
            }

            foreach (UsingDirectiveSyntax directive in usings)
            {
                if (directive.Alias is null)
                {
                    continue;
                }

                string? target = RightmostName(directive.Name);
                string alias = directive.Alias.Name.Identifier.ValueText;

                // An alias may hide an enum's name in its file: casts to that name are then bound.
                uniqueEnums.Remove(alias);
                if (target != null && enumNames.Contains(target))
                {
                    enumNames.Add(alias);
                }
                else if (target is "ErrorCode" or "ErrorCodeAttribute")
                {
                    attributeNames.Add(alias);
                }
            }
        }

        private static void AddNamespaceUsings(MemberDeclarationSyntax member, List<UsingDirectiveSyntax> usings)
        {
            if (member is BaseNamespaceDeclarationSyntax @namespace)
            {
                usings.AddRange(@namespace.Usings);
                foreach (MemberDeclarationSyntax child in @namespace.Members)
                {
                    AddNamespaceUsings(child, usings);
                }
            }
        }

        private static void CollectMarked(INamespaceOrTypeSymbol container, HashSet<string> names, ref bool markedConstructor, ref bool markedDelegate)
        {
            foreach (ISymbol member in container.GetMembers())
            {
                switch (member)
                {
                    case INamespaceOrTypeSymbol nested:
                        CollectMarked(nested, names, ref markedConstructor, ref markedDelegate);
                        break;
                    case IMethodSymbol method:
                        bool marked = IsMarked(method.GetReturnTypeAttributes());
                        foreach (IParameterSymbol parameter in method.Parameters)
                        {
                            if (IsMarked(parameter.GetAttributes()))
                            {
                                marked = true;
                                names.Add(parameter.Name);
                            }
                        }

                        if (marked)
                        {
                            if (method.MethodKind == MethodKind.Constructor)
                            {
                                markedConstructor = true;
                                names.Add(method.ContainingType.Name);
                            }
                            else if (method.MethodKind == MethodKind.DelegateInvoke)
                            {
                                markedDelegate = true;
                            }
                            else if (method.AssociatedSymbol is IPropertySymbol { IsIndexer: true })
                            {
                                names.Add(IndexerName);
                            }
                            else
                            {
                                names.Add(method.Name);
                            }
                        }

                        break;
                    case IPropertySymbol property when IsMarked(property.GetAttributes()):
                        names.Add(property.IsIndexer ? IndexerName : property.Name);
                        break;
                    case IFieldSymbol field when IsMarked(field.GetAttributes()):
                        names.Add(field.Name);
                        break;
                }
            }
        }

        private static bool IsMarked(IEnumerable<AttributeData> attributes)
        {
            foreach (AttributeData attribute in attributes)
            {
                if (attribute.AttributeClass?.ToDisplayString() == CodeCatalog.ErrorCodeAttributeName)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
