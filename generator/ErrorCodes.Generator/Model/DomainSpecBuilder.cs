using System.Collections.Generic;
using System.Text;
using ErrorCodes.Generator.Emit;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// Makes a domain's <see cref="DomainSpec"/>: every decision the emitter would otherwise make while writing.
    /// A new placeholder style changes how a template becomes a <see cref="FillCall"/> (<see cref="Parts"/>, through
    /// <see cref="MessageTemplate"/>); the sections that write helpers only follow the spec.
    /// </summary>
    internal static class DomainSpecBuilder
    {
        public static DomainSpec Build(DomainModel domain, EmitSettings settings)
        {
            EquatableArray<ErrorMember> rows = domain.Members;
            var primaries = new List<ErrorMember>(rows.Count);
            // Aliases find their primary by code; a search of the list per alias is quadratic in large catalogs.
            var primaryIdentifiers = new Dictionary<int, string>(rows.Count);
            foreach (ErrorMember row in rows)
            {
                if (!row.IsAlias)
                {
                    primaries.Add(row);
                    primaryIdentifiers[row.Code] = row.Identifier;
                }
            }

            // Primaries have distinct codes, so any sort gives the one order the tables share.
            var sorted = new List<ErrorMember>(primaries);
            sorted.Sort((a, b) => a.Code.CompareTo(b.Code));

            var pieces = new List<string>();
            var arities = new SortedSet<int>();
            var members = new MemberSpec[rows.Count];
            var aliases = new List<MemberSpec>();
            var literal = new StringBuilder();
            for (int i = 0; i < rows.Count; i++)
            {
                ErrorMember row = rows[i];
                members[i] = Member(domain, row, row.IsAlias ? primaryIdentifiers[row.Code] : null, pieces, arities, literal);
                if (row.IsAlias)
                {
                    aliases.Add(members[i]);
                }
            }

            return new DomainSpec(
                domain,
                settings,
                GeneratedNames.For(domain.Domain, domain.Namespace),
                new EquatableArray<MemberSpec>(members),
                sorted.ToEquatableArray(),
                primaries.ToEquatableArray(),
                SameOrder(primaries, sorted),
                aliases.ToEquatableArray(),
                Lookup(sorted),
                pieces.ToEquatableArray(),
                arities.ToEquatableArray(),
                CategoryExceptions(domain.CategoryTypes),
                domain.IsStringCoded ? StringCodeTable.Build(domain.StringCodes) : null);
        }

        /// <summary>
        /// A row's helpers: a format helper when its neutral message has placeholders without a gap and the helper's
        /// name is free, a culture overload when the catalog has localized messages (not for an alias, whose code's
        /// localized messages belong to its primary), and a factory when the factory's name is free too.
        /// </summary>
        private static MemberSpec Member(DomainModel domain, ErrorMember row, string? primary, List<string> pieces, SortedSet<int> arities, StringBuilder literal)
        {
            LostHelpers lost = GeneratedNames.Lost(domain.Domain, row.Identifier);
            int arity = lost == LostHelpers.FormatHelperAndFactory ? 0 : MessageTemplate.HelperArgumentCount(row.NeutralMessage);
            if (arity == 0)
            {
                return new MemberSpec(row, primary, 0, false, false, default);
            }

            FillCall fill = Parts(row.NeutralMessage, pieces, arities, literal);
            return new MemberSpec(row, primary, arity, !row.IsAlias && domain.MessageCultures.Count != 0, lost == LostHelpers.None, fill);
        }

        /// <summary>
        /// Cuts a template into the literal pieces between its placeholders (added to the domain's shared table) and
        /// the arguments in the order the placeholders use them.
        /// </summary>
        private static FillCall Parts(string template, List<string> pieces, SortedSet<int> arities, StringBuilder literal)
        {
            List<TemplatePart> parts = MessageTemplate.Parse(template);
            if (parts.Count == 1 && parts[0].IsPlaceholder)
            {
                // A template that is one placeholder alone: a string argument is returned as it is, without a copy.
                return new FillCall(-1, new EquatableArray<int>(new[] { parts[0].PlaceholderIndex }));
            }

            int start = pieces.Count;
            var arguments = new List<int>();
            literal.Clear();
            foreach (TemplatePart part in parts)
            {
                if (part.IsPlaceholder)
                {
                    pieces.Add(literal.ToString());
                    literal.Clear();
                    arguments.Add(part.PlaceholderIndex);
                }
                else
                {
                    literal.Append(part.Text);
                }
            }

            pieces.Add(literal.ToString());
            arities.Add(arguments.Count);
            return new FillCall(start, arguments.ToEquatableArray());
        }

        private static bool SameOrder(List<ErrorMember> primaries, List<ErrorMember> sorted)
        {
            for (int i = 0; i < primaries.Count; i++)
            {
                if (!ReferenceEquals(primaries[i], sorted[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The cheapest lookup the codes allow: an offset when they have no gaps, a direct table when their range is
        /// small, else a hash table of the smallest power of two at least twice their number.
        /// </summary>
        private static LookupSpec Lookup(List<ErrorMember> sorted)
        {
            int count = sorted.Count;
            int first = count == 0 ? 0 : sorted[0].Code;

            // In long: int.MinValue..int.MaxValue overflows int.
            long range = count == 0 ? 0 : (long)sorted[count - 1].Code - first + 1;
            LookupKind kind = range == count ? LookupKind.Offset
                : range <= LookupSpec.DirectRangeFactor * count || range * LookupSpec.SlotBytes(count) <= LookupSpec.DirectTableBytes ? LookupKind.Direct
                : LookupKind.Hash;
            int bits = 1;
            while ((1L << bits) < 2L * count)
            {
                bits++;
            }

            return new LookupSpec(kind, first, count, range, bits);
        }

        /// <summary>The category types left after the conflict step, one per type name, in the order their first category appears.</summary>
        private static EquatableArray<CategoryExceptionSpec> CategoryExceptions(EquatableArray<CategoryType> types)
        {
            var order = new List<string>();
            var categories = new Dictionary<string, List<string>>();
            foreach (CategoryType type in types)
            {
                if (!categories.TryGetValue(type.TypeName, out List<string>? list))
                {
                    list = new List<string>();
                    categories.Add(type.TypeName, list);
                    order.Add(type.TypeName);
                }

                list.Add(type.Category);
            }

            var specs = new CategoryExceptionSpec[order.Count];
            for (int i = 0; i < specs.Length; i++)
            {
                specs[i] = new CategoryExceptionSpec(order[i], categories[order[i]].ToEquatableArray());
            }

            return new EquatableArray<CategoryExceptionSpec>(specs);
        }
    }
}
