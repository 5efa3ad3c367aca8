using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// A file's claim to a domain, by the domain's qualified type name, with the category exception types it
    /// generates, whether it generates its own exception type and whether its catalog allows the JSON converter. A class because it travels through the generator's
    /// pipeline (see <see cref="Emit.EmitSettings"/>).
    /// </summary>
    internal sealed record DomainClaim(
        string QualifiedName,
        string FilePath,
        string Namespace = "",
        EquatableArray<CategoryType> CategoryTypes = default,
        bool GeneratesExceptions = true,
        bool GeneratesJsonConverter = true);

    /// <summary>Every catalog's claim, in a class for the pipeline; <see cref="None"/> when no catalog is given.</summary>
    internal sealed record DomainClaims(EquatableArray<DomainClaim> Claims)
    {
        public static DomainClaims None { get; } = new DomainClaims(EquatableArray<DomainClaim>.Empty);

        public static DomainClaims From(ImmutableArray<DomainClaim> claims) => claims.IsEmpty ? None : new DomainClaims(claims.ToEquatableArray());
    }

    /// <summary>A file that generates nothing because another file claims its domain.</summary>
    internal readonly record struct DomainConflict(string QualifiedName, string FilePath, string ClaimedBy);

    /// <summary>A category whose exception type another catalog (or the library) already generates, so it gets none.</summary>
    internal readonly record struct CategoryConflict(string FilePath, CategoryType Category, string QualifiedTypeName, string ClaimedBy);

    /// <summary>
    /// Which files lose a domain to another file, and which categories lose their exception type. The file whose
    /// path sorts first (ordinally) wins, so the result does not depend on the order in which files arrive. Domains
    /// that differ only in case collide too, because they would generate files whose names differ only in case. A
    /// category type can collide across catalogs: the category <c>Station</c> of the domain <c>Live</c> makes
    /// <c>LiveStationException</c>, which the domain <c>LiveStation</c> generates too; a domain's own types always
    /// win over category types, and among category types the first path wins.
    /// </summary>
    internal sealed record DomainConflicts(EquatableArray<DomainConflict> Conflicts, EquatableArray<CategoryConflict> CategoryConflicts)
    {
        public const string Library = "the ErrorCodes library";

        /// <summary>No conflicts: what a project without a catalog gets, without running (and JIT-compiling) the search.</summary>
        public static DomainConflicts None { get; } = new DomainConflicts(default, default);

        public static DomainConflicts From(ImmutableArray<DomainClaim> claims)
        {
            if (claims.IsEmpty)
            {
                return None;
            }

            var conflicts = new List<DomainConflict>();
            var winners = new List<DomainClaim>();
            foreach (IGrouping<string, DomainClaim> group in claims.GroupBy(c => c.QualifiedName, StringComparer.OrdinalIgnoreCase))
            {
                List<DomainClaim> ordered = group.OrderBy(c => c.FilePath, StringComparer.Ordinal).ToList();
                winners.Add(ordered[0]);
                for (int i = 1; i < ordered.Count; i++)
                {
                    conflicts.Add(new DomainConflict(ordered[i].QualifiedName, ordered[i].FilePath, ordered[0].FilePath));
                }
            }

            conflicts.Sort((a, b) => StringComparer.Ordinal.Compare(a.FilePath, b.FilePath));
            winners.Sort((a, b) => StringComparer.Ordinal.Compare(a.FilePath, b.FilePath));
            return new DomainConflicts(conflicts.ToEquatableArray(), FindCategoryConflicts(winners).ToEquatableArray());
        }

        public bool Loses(string filePath) => Conflicts.Any(c => c.FilePath == filePath);

        /// <summary>The domain without the category types it lost; codes of those categories get the domain's exception.</summary>
        public DomainModel WithoutLostCategories(DomainModel domain)
        {
            List<CategoryConflict> lost = CategoryConflicts.Where(c => c.FilePath == domain.FilePath).ToList();
            if (lost.Count == 0)
            {
                return domain;
            }

            return domain with
            {
                CategoryTypes = domain.CategoryTypes.Where(type => !lost.Any(c => c.Category.Equals(type))).ToEquatableArray(),
            };
        }

        private static List<CategoryConflict> FindCategoryConflicts(List<DomainClaim> winners)
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string type in GeneratedNames.LibraryTypes)
            {
                owners[type] = Library;
            }

            foreach (DomainClaim claim in winners)
            {
                // A domain without exception types (or without a converter) leaves that type's name free: a type of the
                // name, if there is one, is the project's own, which the generator neither sees nor claims.
                foreach (string suffix in GeneratedNames.TypeSuffixesOf(claim.GeneratesExceptions, claim.GeneratesJsonConverter))
                {
                    string type = claim.QualifiedName + suffix;
                    if (!owners.ContainsKey(type))
                    {
                        owners[type] = claim.FilePath;
                    }
                }
            }

            var found = new List<CategoryConflict>();
            foreach (DomainClaim claim in winners)
            {
                foreach (CategoryType category in claim.CategoryTypes)
                {
                    string type = GeneratedNames.Qualified(claim.Namespace, category.TypeName);
                    if (owners.TryGetValue(type, out string? owner) && owner != claim.FilePath)
                    {
                        found.Add(new CategoryConflict(claim.FilePath, category, type, owner));
                    }
                    else
                    {
                        owners[type] = claim.FilePath;
                    }
                }
            }

            return found;
        }
    }
}
