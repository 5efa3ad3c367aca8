using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ErrorCodes.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>
    /// The catalogs one compilation can see, learned once when the compilation starts: the generated enums (marked
    /// with <c>ErrorCodeDomain</c>) of the compilation itself and of the referenced assemblies that use ErrorCodes.
    /// Which members hold codes (<c>ErrorCode(typeof(...))</c>) is looked up on demand and remembered per symbol.
    /// An instance lives only as long as its compilation.
    /// </summary>
    internal sealed class CodeCatalog
    {
        public const string ErrorCodeAttributeName = "ErrorCodes.ErrorCodeAttribute";
        public const string DomainAttributeName = "ErrorCodes.ErrorCodeDomainAttribute";
        public const string RuntimeAssemblyName = "ErrorCodes";

        private readonly INamedTypeSymbol _errorCodeAttribute;
        private readonly Dictionary<INamedTypeSymbol, CodeDomain> _domainByEnum;
        private readonly Dictionary<int, CodeDomain[]> _domainsByCode;
        private readonly Dictionary<string, CodeDomain[]> _domainsByText;
        private readonly ConcurrentDictionary<ISymbol, CodeDomain?> _domainByMember = new ConcurrentDictionary<ISymbol, CodeDomain?>(SymbolEqualityComparer.Default);
        private readonly Func<ISymbol, CodeDomain?> _readMarker;

        private CodeCatalog(INamedTypeSymbol errorCodeAttribute, Dictionary<INamedTypeSymbol, CodeDomain> domainByEnum, List<IAssemblySymbol> usingAssemblies)
        {
            _errorCodeAttribute = errorCodeAttribute;
            UsingAssemblies = usingAssemblies;
            _domainByEnum = domainByEnum;
            // A loop, not a grouping: a catalog of 10,000 codes is 10,000 groups otherwise, at every compilation's start.
            _domainsByCode = new Dictionary<int, CodeDomain[]>();
            _domainsByText = new Dictionary<string, CodeDomain[]>(StringComparer.Ordinal);
            foreach (CodeDomain domain in domainByEnum.Values.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                var alone = new[] { domain };
                foreach (int code in domain.Codes)
                {
                    _domainsByCode[code] = _domainsByCode.TryGetValue(code, out CodeDomain[]? others) ? Append(others, domain) : alone;
                }

                foreach (string code in domain.Texts)
                {
                    _domainsByText[code] = _domainsByText.TryGetValue(code, out CodeDomain[]? others) ? Append(others, domain) : alone;
                }

                HasStringCodes |= domain.IsStringCoded;
            }
            _readMarker = ReadMarker;
        }

        /// <summary>
        /// Some catalog in sight is string-coded: only then do string literals pass the syntactic gate, so a project
        /// with numeric catalogs alone pays nothing for its strings.
        /// </summary>
        public bool HasStringCodes { get; }

        /// <summary>The generated enums of every catalog in sight.</summary>
        public IEnumerable<INamedTypeSymbol> Enums => _domainByEnum.Keys;

        /// <summary>
        /// The referenced assemblies compiled against ErrorCodes: the only ones that can hold marked members. The
        /// runtime library itself is not among them; it has no catalog enum to mark anything with.
        /// </summary>
        public IReadOnlyList<IAssemblySymbol> UsingAssemblies { get; }

        /// <summary>The catalogs of the compilation, or <see langword="null"/> when it has none (then nothing is analyzed).</summary>
        public static CodeCatalog? Create(Compilation compilation, CancellationToken cancellationToken)
        {
            // The attributes are looked up in the runtime library alone: asking the compilation for them makes it
            // search every referenced assembly, which on a fresh build was a good part of the analyzer's time.
            IAssemblySymbol? runtime = FindRuntime(compilation);
            INamedTypeSymbol? errorCodeAttribute = runtime?.GetTypeByMetadataName(ErrorCodeAttributeName);
            INamedTypeSymbol? domainAttribute = runtime?.GetTypeByMetadataName(DomainAttributeName);
            if (runtime is null || errorCodeAttribute is null || domainAttribute is null)
            {
                return null;
            }

            var domains = new Dictionary<INamedTypeSymbol, CodeDomain>(SymbolEqualityComparer.Default);
            CollectDomains(compilation.Assembly.GlobalNamespace, domainAttribute, domains, cancellationToken);

            // Only assemblies compiled against ErrorCodes can hold generated enums.
            var usingAssemblies = new List<IAssemblySymbol>();
            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!SymbolEqualityComparer.Default.Equals(assembly, runtime) && References(assembly, runtime.Identity.Name))
                {
                    CollectDomains(assembly.GlobalNamespace, domainAttribute, domains, cancellationToken);
                    usingAssemblies.Add(assembly);
                }
            }

            return domains.Count == 0 ? null : new CodeCatalog(errorCodeAttribute, domains, usingAssemblies);
        }

        /// <summary>The ErrorCodes runtime library: a referenced assembly of that name, or the compilation when it is the library.</summary>
        private static IAssemblySymbol? FindRuntime(Compilation compilation)
        {
            if (compilation.AssemblyName == RuntimeAssemblyName)
            {
                return compilation.Assembly;
            }

            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.Name == RuntimeAssemblyName)
                {
                    return assembly;
                }
            }

            return null;
        }

        /// <summary>The catalog whose generated enum is <paramref name="type"/>, if it is one.</summary>
        public CodeDomain? DomainOfEnum(ITypeSymbol? type)
            => type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named && _domainByEnum.TryGetValue(named.OriginalDefinition, out CodeDomain? domain)
                ? domain
                : null;

        /// <summary>
        /// The catalog a parameter, field, property or method return is marked as holding codes of, or
        /// <see langword="null"/>. A property getter counts as its property; overrides inherit the marker.
        /// </summary>
        public CodeDomain? DomainOfMember(ISymbol? symbol)
            => symbol is null ? null : _domainByMember.GetOrAdd(symbol, _readMarker);

        /// <summary>The catalogs that define <paramref name="code"/>, in name order.</summary>
        public IReadOnlyList<CodeDomain> DomainsDefining(int code)
            => _domainsByCode.TryGetValue(code, out CodeDomain[]? domains) ? domains : Array.Empty<CodeDomain>();

        /// <summary>The string-coded catalogs that define <paramref name="code"/> (ordinal), in name order.</summary>
        public IReadOnlyList<CodeDomain> DomainsDefining(string code)
            => _domainsByText.TryGetValue(code, out CodeDomain[]? domains) ? domains : Array.Empty<CodeDomain>();

        private CodeDomain? ReadMarker(ISymbol symbol)
        {
            switch (symbol)
            {
                case IParameterSymbol parameter:
                    return FromAttributes(parameter.GetAttributes())
                        ?? DomainOfMember(OverriddenParameter(parameter))
                        ?? FromImplemented(parameter.ContainingSymbol, member => member is IMethodSymbol method && parameter.Ordinal < method.Parameters.Length ? method.Parameters[parameter.Ordinal] : null);
                case IFieldSymbol field:
                    return FromAttributes(field.GetAttributes());
                case IPropertySymbol property:
                    return FromAttributes(property.GetAttributes())
                        ?? DomainOfMember(property.OverriddenProperty)
                        ?? FromImplemented(property, member => member);
                case IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property }:
                    return DomainOfMember(property);
                case IMethodSymbol method:
                    return FromAttributes(method.GetReturnTypeAttributes())
                        ?? DomainOfMember(method.OverriddenMethod)
                        ?? FromImplemented(method, member => member);
                default:
                    return null;
            }
        }

        /// <summary>
        /// The marker of the interface members that <paramref name="member"/> implements, explicitly or implicitly,
        /// so an implementation is checked like the interface it implements.
        /// </summary>
        private CodeDomain? FromImplemented(ISymbol member, Func<ISymbol, ISymbol?> select)
        {
            INamedTypeSymbol? type = member.ContainingType;
            if (type is null || type.AllInterfaces.IsEmpty || member.IsStatic)
            {
                return null;
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                foreach (ISymbol candidate in @interface.GetMembers())
                {
                    if (candidate.Kind == member.Kind
                        && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member)
                        && DomainOfMember(select(candidate)) is CodeDomain domain)
                    {
                        return domain;
                    }
                }
            }

            return null;
        }

        /// <summary>The same parameter of the method this one overrides, which may carry the marker.</summary>
        private static IParameterSymbol? OverriddenParameter(IParameterSymbol parameter)
            => parameter.ContainingSymbol is IMethodSymbol { OverriddenMethod: IMethodSymbol overridden } && parameter.Ordinal < overridden.Parameters.Length
                ? overridden.Parameters[parameter.Ordinal]
                : null;

        private CodeDomain? FromAttributes(IEnumerable<AttributeData> attributes)
        {
            foreach (AttributeData attribute in attributes)
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _errorCodeAttribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is ITypeSymbol enumType)
                {
                    return DomainOfEnum(enumType);
                }
            }

            return null;
        }

        /// <summary>
        /// The <c>Codes</c> of a string-coded catalog's <c>ErrorCodeDomain</c>, or null for a numeric catalog. Read
        /// from the attribute's data for source and metadata alike: the enum's attributes are bound anyway to find
        /// the catalog, and that binding already holds the value of its one literal.
        /// </summary>
        private static string? StringCodes(AttributeData attribute)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == "Codes")
                {
                    return argument.Value.Value as string;
                }
            }

            return null;
        }

        private static CodeDomain[] Append(CodeDomain[] domains, CodeDomain domain)
        {
            var all = new CodeDomain[domains.Length + 1];
            domains.CopyTo(all, 0);
            all[domains.Length] = domain;
            return all;
        }

        /// <summary>
        /// The public key tokens of the .NET libraries (the framework, ASP.NET Core, the SDK's packages): they are
        /// never compiled against ErrorCodes, so their references need not be read. A project references well
        /// over a hundred of them.
        /// </summary>
        private static readonly string[] PlatformKeyTokens =
        {
            "b03f5f7f11d50a3a", "b77a5c561934e089", "31bf3856ad364e35", "cc7b13ffcd2ddd51", "7cec85d7bea7798e", "adb9793829ddae60",
        };

        private static bool References(IAssemblySymbol assembly, string name)
        {
            ImmutableArray<byte> token = assembly.Identity.PublicKeyToken;
            if (token.Length == 8 && Array.IndexOf(PlatformKeyTokens, ToHex(token)) >= 0)
            {
                return false;
            }

            foreach (IModuleSymbol module in assembly.Modules)
            {
                foreach (AssemblyIdentity identity in module.ReferencedAssemblies)
                {
                    if (identity.Name == name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string ToHex(ImmutableArray<byte> bytes)
        {
            var text = new System.Text.StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        private static void CollectDomains(INamespaceSymbol @namespace, INamedTypeSymbol domainAttribute, Dictionary<INamedTypeSymbol, CodeDomain> domains, CancellationToken cancellationToken)
        {
            foreach (INamedTypeSymbol type in @namespace.GetTypeMembers())
            {
                // Generated enums are top-level and named <Domain>ErrorCode; the name test spares reading attributes of every type.
                if (type.TypeKind != TypeKind.Enum || !type.Name.EndsWith(GeneratedNames.EnumSuffix, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (AttributeData attribute in type.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, domainAttribute)
                        && attribute.ConstructorArguments.Length == 1
                        && attribute.ConstructorArguments[0].Value is string name)
                    {
                        domains[type] = CodeDomain.Create(name, type, cancellationToken, StringCodes(attribute));
                        break;
                    }
                }
            }

            foreach (INamespaceSymbol child in @namespace.GetNamespaceMembers())
            {
                CollectDomains(child, domainAttribute, domains, cancellationToken);
            }
        }
    }
}
