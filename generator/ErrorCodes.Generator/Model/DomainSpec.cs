using ErrorCodes.Generator.Emit;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// Everything the emitter needs to write one domain, decided: the names of its types, each member's helpers,
    /// the tables' order, the lookup's shape and the format helpers' shared pieces. Made by
    /// <see cref="DomainSpecBuilder"/> in the emit step, after the conflict step has taken away the category types a
    /// domain lost; the emitter's sections read it and decide nothing. Never carried by the pipeline (the cached
    /// value is <see cref="DomainModel"/>), but made of values and equatable all the same, so tests can compare it.
    /// A string-coded catalog has its code table in <see cref="StringCodes"/>; every other table is by enum value,
    /// which runs 1..n there, so its <see cref="Lookup"/> is the offset from 1 (a direct table when a row dropped for
    /// an error leaves its value unused).
    /// </summary>
    internal sealed record DomainSpec(
        DomainModel Domain,
        EmitSettings Settings,
        DomainTypeNames Names,
        EquatableArray<MemberSpec> Members,
        EquatableArray<ErrorMember> SortedPrimaries,
        EquatableArray<ErrorMember> CatalogOrder,
        bool CatalogOrderIsSorted,
        EquatableArray<MemberSpec> Aliases,
        LookupSpec Lookup,
        EquatableArray<string> FormatPieces,
        EquatableArray<int> FillArities,
        EquatableArray<CategoryExceptionSpec> CategoryExceptions,
        bool TypesAreClsCompliant,
        bool HasClsMarks,
        StringCodeTable? StringCodes = null)
    {
        /// <summary>Whether the catalog's codes are strings: its lookups by code read <see cref="StringCodes"/>.</summary>
        public bool IsStringCoded => StringCodes is not null;

        /// <summary>
        /// Whether the domain gets its System.Text.Json converter and the enum its <c>[JsonConverter]</c>: where the
        /// compilation has System.Text.Json, unless the catalog turns it off (<c>ErrorCodesJsonConverter="false"</c>).
        /// </summary>
        public bool HasJsonConverter => Settings.HasSystemTextJson && Domain.GeneratesJsonConverter;
    }

    /// <summary>
    /// One enum member and the methods made for it. <see cref="HelperArity"/> is the number of the format helper's
    /// arguments, 0 when the row gets none (no placeholder, a gap, or a helper whose name is taken);
    /// <see cref="Parameters"/> are those arguments, in order. <see cref="NumberedOnly"/> is true when the message's
    /// placeholders are all a plain <c>{N}</c>, each filled by <c>argN</c>.
    /// <see cref="Cls"/> says which of them carry <c>[CLSCompliant(false)]</c> (<see cref="ClsRules"/>).
    /// </summary>
    internal readonly record struct MemberSpec(
        ErrorMember Row,
        string? PrimaryIdentifier,
        int HelperArity,
        bool HasCultureHelper,
        FillCall Fill,
        ClsMarks Cls,
        EquatableArray<HelperParameter> Parameters = default,
        bool NumberedOnly = true)
    {
        /// <summary>The reason [Obsolete] gives on the member and its helpers, or null when the row is not deprecated.</summary>
        public string? Obsolete => Row.IsDeprecated ? Row.Deprecation : null;

        /// <summary>Whether the enum member carries <c>[CLSCompliant(false)]</c>.</summary>
        public bool MemberIsNotClsCompliant => (Cls & ClsMarks.Member) != 0;

        /// <summary>Whether the format helpers and the factory carry <c>[CLSCompliant(false)]</c>.</summary>
        public bool HelpersAreNotClsCompliant => (Cls & ClsMarks.Helpers) != 0;
    }

    /// <summary>
    /// How a format helper fills its template: the shared <c>Fill</c> of <c>Arguments.Count</c> placeholders, whose
    /// literal pieces start at <see cref="PiecesStart"/> in <see cref="DomainSpec.FormatPieces"/>, with the helper's
    /// arguments in the order the template uses them (<c>{1} before {0}</c> is <c>1, 0</c>; a repeated placeholder
    /// repeats its argument). A template that is one placeholder alone has <see cref="PiecesStart"/> -1: the helper
    /// returns its argument as text.
    /// </summary>
    /// <remarks>
    /// <see cref="Holes"/> says how each placeholder's text is made from its argument, one per entry of
    /// <see cref="Arguments"/>.
    /// </remarks>
    internal readonly record struct FillCall(int PiecesStart, EquatableArray<int> Arguments, EquatableArray<FillHole> Holes = default)
    {
        public bool IsSoleArgument => PiecesStart < 0;
    }

    /// <summary>
    /// One parameter of a format helper: its name (<c>arg0</c>, <c>seconds</c>, <c>arg1</c>) and its type, either one
    /// of the helper's type parameters (<c>T0</c>, when the placeholder says nothing of the value's type, so a value is
    /// never boxed) or the type the placeholder asks for (<c>long</c>, <c>double</c>, <c>char</c>, <c>int</c>).
    /// </summary>
    internal readonly record struct HelperParameter(string Name, string Type, bool IsTypeParameter);

    /// <summary>How a placeholder's text is made from its argument.</summary>
    internal enum HoleFormat
    {
        /// <summary>The value as text, as string.Format writes <c>{0}</c> (ErrorMessageFormatter.ToText, no boxing).</summary>
        Plain,

        /// <summary>A .NET alignment or format: <c>CompositeFormatter.Format(value, alignment, format, null)</c>.</summary>
        Composite,

        /// <summary>A C printf spec (printf and FormatMessage styles): <c>PrintfFormatter.Format(spec, [stars,] value)</c>.</summary>
        Printf,
    }

    /// <summary>
    /// One placeholder of a template: the index of its argument among the helper's <see cref="MemberSpec.Parameters"/>,
    /// and how its text is made. <see cref="Format"/> and <see cref="Alignment"/> are the composite item's;
    /// <see cref="PrintfSpec"/> is the C spec (<c>%-.200s</c>); the star parameters are the <c>int</c> parameters a
    /// <c>*</c> width or precision takes, -1 when none.
    /// </summary>
    internal readonly record struct FillHole(
        int Parameter,
        HoleFormat Kind,
        int Alignment,
        string? Format,
        string? PrintfSpec,
        int WidthParameter,
        int PrecisionParameter);

    /// <summary>How <c>IndexOf</c> finds a code; chosen from the codes at generation time.</summary>
    internal enum LookupKind
    {
        /// <summary>Codes without gaps: the offset from the first code is the position.</summary>
        Offset,

        /// <summary>
        /// Codes with gaps whose range is at most <see cref="LookupSpec.DirectRangeFactor"/> times their number, or
        /// whose slot table fits in <see cref="LookupSpec.DirectTableBytes"/>: a slot per code in the range.
        /// </summary>
        Direct,

        /// <summary>Codes spread widely: an open-addressing hash table at most half full.</summary>
        Hash,
    }

    /// <summary>The lookup's shape and its parameters.</summary>
    internal sealed record LookupSpec(LookupKind Kind, int FirstCode, int Count, long CodeRange, int HashBits)
    {
        /// <summary>A direct table may have this many slots per code whatever its size in bytes.</summary>
        public const long DirectRangeFactor = 4;

        /// <summary>
        /// A direct table this small is taken however sparse the codes: one load from a table that stays in the
        /// processor's first-level cache (32 KB or more) beats hashing and a probe that compares codes. SQLite's
        /// 105 result codes over 0..8458 make a table of 8,459 bytes.
        /// </summary>
        public const long DirectTableBytes = 16 * 1024;

        /// <summary>Fibonacci hashing: the multiplier is 2^32 divided by the golden ratio.</summary>
        public const string HashMultiplier = "2654435769u";

        /// <summary>The number of hash slots, a power of two at least twice the number of codes.</summary>
        public int HashSlots => 1 << HashBits;

        /// <summary>
        /// The element type of the slot table: the smallest that holds a position plus one, so the table takes
        /// less cache (a slot holds 0 when empty).
        /// </summary>
        public string SlotType => SlotBytes(Count) switch
        {
            1 => "byte",
            2 => "ushort",
            _ => "int",
        };

        /// <summary>The bytes of one slot for a catalog of <paramref name="count"/> codes.</summary>
        public static int SlotBytes(int count) => count <= byte.MaxValue ? 1 : count <= ushort.MaxValue ? 2 : 4;
    }

    /// <summary>One exception type of the domain's categories, with every category it serves (several when their names differ only in spelling).</summary>
    internal sealed record CategoryExceptionSpec(string TypeName, EquatableArray<string> Categories);
}
