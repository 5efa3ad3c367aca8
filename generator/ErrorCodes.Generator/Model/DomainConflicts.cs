using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ErrorCodes.Generator.Model
{
    /// <summary>A file's claim to a domain, by the domain's qualified type name.</summary>
    internal readonly record struct DomainClaim(string QualifiedName, string FilePath);

    /// <summary>A file that generates nothing because another file claims its domain.</summary>
    internal readonly record struct DomainConflict(string QualifiedName, string FilePath, string ClaimedBy);

    /// <summary>
    /// Which files lose a domain to another file. The file whose path sorts first (ordinally) wins, so the result does
    /// not depend on the order in which files arrive. Domains that differ only in case collide too, because they
    /// would generate files whose names differ only in case.
    /// </summary>
    internal sealed record DomainConflicts(EquatableArray<DomainConflict> Conflicts)
    {
        public static DomainConflicts From(ImmutableArray<DomainClaim> claims)
        {
            var conflicts = new List<DomainConflict>();
            foreach (IGrouping<string, DomainClaim> group in claims.GroupBy(c => c.QualifiedName, StringComparer.OrdinalIgnoreCase))
            {
                List<DomainClaim> ordered = group.OrderBy(c => c.FilePath, StringComparer.Ordinal).ToList();
                for (int i = 1; i < ordered.Count; i++)
                {
                    conflicts.Add(new DomainConflict(ordered[i].QualifiedName, ordered[i].FilePath, ordered[0].FilePath));
                }
            }

            conflicts.Sort((a, b) => StringComparer.Ordinal.Compare(a.FilePath, b.FilePath));
            return new DomainConflicts(conflicts.ToEquatableArray());
        }

        public bool Loses(string filePath) => Conflicts.Any(c => c.FilePath == filePath);
    }
}
