using System;
using System.Collections.Generic;
using System.Linq;

namespace ErrorCodes.Generator.Model
{
    /// <summary>What a clash with the project's own type costs the catalog.</summary>
    internal enum ClashCost
    {
        /// <summary>The enum or the lookup class is taken: everything else refers to them, so the domain emits nothing.</summary>
        WholeDomain,

        /// <summary>An exception type is taken: the domain emits no exception types.</summary>
        ExceptionTypes,
    }

    /// <summary>
    /// A type that a catalog generates and that the project's own code already declares in a way the generated
    /// declaration cannot join (not partial, another kind of type, another base class): left alone, the build would
    /// fail with compiler errors about a type the user never sees declared.
    /// </summary>
    /// <param name="CatalogPath">The catalog file that generates the type.</param>
    /// <param name="QualifiedTypeName">The type's name with its namespace.</param>
    /// <param name="Declared">How the project declares it, for the message: "an enum", "a class that is not partial".</param>
    /// <param name="Cost">What the catalog leaves out.</param>
    /// <param name="Declaration">Where the project declares it.</param>
    internal readonly record struct TypeClash(string CatalogPath, string QualifiedTypeName, string Declared, ClashCost Cost, SourceSpan Declaration);

    /// <summary>The clashes of every catalog with the project's own types, a class for the pipeline (see <see cref="Emit.EmitSettings"/>).</summary>
    internal sealed record TypeClashes(EquatableArray<TypeClash> Clashes)
    {
        public static TypeClashes None { get; } = new TypeClashes(EquatableArray<TypeClash>.Empty);

        public static TypeClashes From(List<TypeClash> clashes) => clashes.Count == 0 ? None : new TypeClashes(clashes.ToEquatableArray());

        public IEnumerable<TypeClash> Of(string catalogPath) => Clashes.Where(clash => string.Equals(clash.CatalogPath, catalogPath, StringComparison.Ordinal));
    }
}
