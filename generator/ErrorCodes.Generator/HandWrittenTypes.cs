using System.Collections.Generic;
using ErrorCodes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodes.Generator
{
    /// <summary>
    /// Finds the types a catalog would generate that the project's own code already declares in a way the generated
    /// declaration cannot join. A hand-written enum of the same name is the usual case: a project moving its
    /// constants into a catalog, with the old enum still in place. Only the project's own source is searched (the
    /// generator's compilation holds no generated code); a type of the same name in a referenced assembly is hidden
    /// by the generated one with the compiler's own warning, as for any source type.
    /// </summary>
    internal static class HandWrittenTypes
    {
        private const string ExceptionBase = "ErrorCodes.ErrorCodeException";

        public static TypeClashes Find(Compilation compilation, EquatableArray<DomainClaim> claims, bool hasJsonConverter)
        {
            IAssemblySymbol assembly = compilation.Assembly;

            // Runs on every edit of the project: the simple names of the project's types are a set the compiler keeps
            // up to date between edits, while a lookup by full name first builds the namespace's members in each new
            // compilation (milliseconds in a namespace of thousands of types). So a name no type has is never looked up.
            ICollection<string> typeNames = assembly.TypeNames;
            var clashes = new List<TypeClash>();
            foreach (DomainClaim claim in claims)
            {
                string domainType = claim.QualifiedName;

                // The enum cannot be partial, and the JSON converter is sealed and not partial: any type of their name clashes.
                Check(assembly, typeNames, claim, domainType + GeneratedNames.EnumSuffix, ClashCost.WholeDomain, joinableBase: null, clashes);
                // ErrorCodesJsonConverter="false": as for the exceptions below, a type of the converter's name is the project's own.
                if (hasJsonConverter && claim.GeneratesJsonConverter)
                {
                    Check(assembly, typeNames, claim, domainType + GeneratedNames.JsonConverterSuffix, ClashCost.WholeDomain, joinableBase: null, clashes);
                }

                // The lookup class and the exceptions are partial: the project may add members to them.
                Check(assembly, typeNames, claim, domainType + GeneratedNames.LookupClassSuffix, ClashCost.WholeDomain, joinableBase: "", clashes);
                if (!claim.GeneratesExceptions)
                {
                    // ErrorCodesExceptions="false": a type of the exception's name is the project's own, as intended.
                    continue;
                }

                string exception = domainType + GeneratedNames.ExceptionSuffix;
                Check(assembly, typeNames, claim, exception, ClashCost.ExceptionTypes, ExceptionBase, clashes);
                foreach (CategoryType category in claim.CategoryTypes)
                {
                    Check(assembly, typeNames, claim, GeneratedNames.Qualified(claim.Namespace, category.TypeName), ClashCost.ExceptionTypes, exception, clashes);
                }
            }

            return TypeClashes.From(clashes);
        }

        /// <summary>
        /// Adds a clash when the project declares <paramref name="qualifiedName"/> in a way the generated declaration
        /// cannot join. With <paramref name="joinableBase"/> null nothing can join; otherwise a class whose every
        /// declaration is partial joins when it names no base class or names <paramref name="joinableBase"/>.
        /// </summary>
        private static void Check(IAssemblySymbol assembly, ICollection<string> typeNames, DomainClaim claim, string qualifiedName, ClashCost cost, string? joinableBase, List<TypeClash> clashes)
        {
            if (!typeNames.Contains(qualifiedName.Substring(qualifiedName.LastIndexOf('.') + 1)))
            {
                return;
            }

            INamedTypeSymbol? declared = assembly.GetTypeByMetadataName(qualifiedName);
            if (declared is null || declared.Locations.Length == 0 || !declared.Locations[0].IsInSource)
            {
                return;
            }

            string? problem = Problem(declared, joinableBase);
            if (problem != null)
            {
                clashes.Add(new TypeClash(claim.FilePath, qualifiedName, problem, cost, SpanOf(declared.Locations[0])));
            }
        }

        /// <summary>How the declaration keeps the generated one out, for the message; null when they join.</summary>
        private static string? Problem(INamedTypeSymbol declared, string? joinableBase)
        {
            if (declared.TypeKind != TypeKind.Class)
            {
                return "as " + KindText(declared.TypeKind);
            }

            if (joinableBase is null)
            {
                return "as a class";
            }

            foreach (SyntaxReference reference in declared.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax syntax && !syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return "as a class that is not partial";
                }
            }

            INamedTypeSymbol? baseType = declared.BaseType;
            bool joins = baseType is null
                || baseType.SpecialType == SpecialType.System_Object
                || (joinableBase.Length != 0 && baseType.ToDisplayString() == joinableBase);
            return joins ? null : "as a partial class with the base class '" + baseType!.ToDisplayString() + "'";
        }

        private static string KindText(TypeKind kind) => kind switch
        {
            TypeKind.Enum => "an enum",
            TypeKind.Struct => "a struct",
            TypeKind.Interface => "an interface",
            TypeKind.Delegate => "a delegate",
            _ => "a type",
        };

        private static SourceSpan SpanOf(Location location)
        {
            FileLinePositionSpan lines = location.GetLineSpan();
            return new SourceSpan(
                lines.Path,
                location.SourceSpan.Start,
                location.SourceSpan.Length,
                lines.StartLinePosition.Line,
                lines.StartLinePosition.Character,
                lines.EndLinePosition.Line,
                lines.EndLinePosition.Character);
        }
    }
}
