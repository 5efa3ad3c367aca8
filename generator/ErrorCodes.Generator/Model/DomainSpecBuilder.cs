using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ErrorCodes.Generator.Emit;
using ErrorCodes.Generator.Model.Placeholders;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// Makes a domain's <see cref="DomainSpec"/>: every decision the emitter would otherwise make while writing.
    /// A new placeholder style changes how a template becomes a <see cref="FillCall"/> (<see cref="Parts"/>, through
    /// <see cref="PlaceholderTemplates"/>); the sections that write helpers only follow the spec.
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
            ClsMarks[] clsMarks = ClsRules.Decide(Identifiers(rows));
            bool hasClsMarks = !ClsRules.IsCompliantDomain(domain.Domain);
            for (int i = 0; i < rows.Count; i++)
            {
                ErrorMember row = rows[i];
                members[i] = Member(domain, row, row.IsAlias ? primaryIdentifiers[row.Code] : null, pieces, arities, literal) with { Cls = clsMarks[i] };
                hasClsMarks |= clsMarks[i] != ClsMarks.None;
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
                ClsRules.IsCompliantDomain(domain.Domain),
                hasClsMarks,
                domain.IsStringCoded ? StringCodeTable.Build(domain.StringCodes) : null);
        }

        private static string[] Identifiers(EquatableArray<ErrorMember> rows)
        {
            var identifiers = new string[rows.Count];
            for (int i = 0; i < identifiers.Length; i++)
            {
                identifiers[i] = rows[i].Identifier;
            }

            return identifiers;
        }

        /// <summary>
        /// A row's helpers: a format helper when its neutral message, read in the domain's placeholder style, has
        /// placeholders that a helper can fill and the helper's name is free; a culture overload when the catalog has
        /// localized messages and the placeholders are plain <c>{N}</c> (not for an alias, whose code's localized
        /// messages belong to its primary).
        /// </summary>
        private static MemberSpec Member(DomainModel domain, ErrorMember row, string? primary, List<string> pieces, SortedSet<int> arities, StringBuilder literal)
        {
            LostHelpers lost = GeneratedNames.Lost(domain.Domain, row.Identifier);
            string template = row.NeutralMessage;
            if (lost == LostHelpers.FormatHelper || !PlaceholderTemplates.HasHelper(domain.PlaceholderStyle, template))
            {
                return new MemberSpec(row, primary, 0, false, default, ClsMarks.None);
            }

            ParsedMessage parsed = PlaceholderTemplates.Parse(domain.PlaceholderStyle, template);
            EquatableArray<HelperParameter> parameters = Parameters(parsed);
            FillCall fill = Parts(parsed, pieces, arities, literal);
            bool numberedOnly = NumberedOnly(parsed, fill);
            bool culture = numberedOnly && !row.IsAlias && domain.MessageCultures.Count != 0;
            return new MemberSpec(row, primary, parameters.Count, culture, fill, ClsMarks.None, parameters, numberedOnly);
        }

        /// <summary>
        /// The helper's parameters: a type parameter of its own for each placeholder that says nothing of its type
        /// (<c>T0</c>, <c>T1</c> in order), the type the placeholder asks for otherwise. An unsigned conversion takes a
        /// <c>long</c> printed as C prints the same bits unsigned, which keeps the helper CLS-compliant.
        /// </summary>
        private static EquatableArray<HelperParameter> Parameters(ParsedMessage parsed)
        {
            var parameters = new HelperParameter[parsed.Parameters.Count];
            int typeParameters = 0;
            for (int i = 0; i < parameters.Length; i++)
            {
                MessageParameter parameter = parsed.Parameters[i];
                string? type = parameter.Kind switch
                {
                    ParameterKind.Integer => "long",
                    ParameterKind.UnsignedInteger => "long",
                    ParameterKind.Floating => "double",
                    ParameterKind.Char => "char",
                    ParameterKind.StarInt => "int",
                    _ => null,
                };
                parameters[i] = type is null
                    ? new HelperParameter(parameter.Identifier, "T" + (typeParameters++).ToString(CultureInfo.InvariantCulture), true)
                    : new HelperParameter(parameter.Identifier, type, false);
            }

            return new EquatableArray<HelperParameter>(parameters);
        }

        /// <summary>Whether every placeholder is a plain <c>{N}</c> filled by <c>argN</c>: the helpers of catalogs written before placeholder styles, unchanged.</summary>
        private static bool NumberedOnly(ParsedMessage parsed, FillCall fill)
        {
            if (parsed.Style != PlaceholderStyle.DotNet)
            {
                return false;
            }

            foreach (FillHole hole in fill.Holes)
            {
                if (hole.Kind != HoleFormat.Plain)
                {
                    return false;
                }
            }

            for (int i = 0; i < parsed.Parameters.Count; i++)
            {
                if (parsed.Parameters[i].Identifier != "arg" + i.ToString(CultureInfo.InvariantCulture))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Cuts a template into the literal pieces between its placeholders (added to the domain's shared table) and
        /// the arguments in the order the placeholders use them, each with how its text is made.
        /// </summary>
        private static FillCall Parts(ParsedMessage parsed, List<string> pieces, SortedSet<int> arities, StringBuilder literal)
        {
            var arguments = new List<int>();
            var holes = new List<FillHole>();
            foreach (MessagePart part in parsed.Parts)
            {
                if (part.IsPlaceholder)
                {
                    arguments.Add(part.Parameter);
                    holes.Add(Hole(parsed.Style, part));
                }
            }

            if (parsed.Parts.Count == 1 && parsed.Parts[0].IsPlaceholder)
            {
                // A template that is one placeholder alone: a string argument is returned as it is, without a copy.
                return new FillCall(-1, arguments.ToEquatableArray(), holes.ToEquatableArray());
            }

            int start = pieces.Count;
            literal.Clear();
            foreach (MessagePart part in parsed.Parts)
            {
                if (part.IsPlaceholder)
                {
                    pieces.Add(literal.ToString());
                    literal.Clear();
                }
                else
                {
                    literal.Append(part.Text);
                }
            }

            pieces.Add(literal.ToString());
            arities.Add(arguments.Count);
            return new FillCall(start, arguments.ToEquatableArray(), holes.ToEquatableArray());
        }

        /// <summary>
        /// A placeholder with nothing to apply is written as <c>{0}</c> always was; so is a bare <c>%s</c> or
        /// FormatMessage insert, whose C text is the value's own. Anything else goes through the style's formatter.
        /// </summary>
        private static FillHole Hole(PlaceholderStyle style, MessagePart part)
        {
            if (style == PlaceholderStyle.DotNet)
            {
                HoleFormat kind = part.Alignment == 0 && part.Format is null ? HoleFormat.Plain : HoleFormat.Composite;
                return new FillHole(part.Parameter, kind, part.Alignment, part.Format, null, -1, -1);
            }

            bool bare = part.Conversion == 's' && part.Flags.Length == 0 && part.Width < 0 && part.Precision < 0
                && part.WidthParameter < 0 && part.PrecisionParameter < 0;
            return bare
                ? new FillHole(part.Parameter, HoleFormat.Plain, 0, null, null, -1, -1)
                : new FillHole(part.Parameter, HoleFormat.Printf, 0, null, part.Spec, part.WidthParameter, part.PrecisionParameter);
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
