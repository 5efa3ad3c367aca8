namespace ErrorCodes.Generator.Model.Placeholders
{
    /// <summary>What a placeholder says about the type of its value.</summary>
    internal enum ParameterKind
    {
        /// <summary>Nothing: <c>%s</c>, <c>{0}</c>, <c>{name}</c>, a FormatMessage insert without a spec. Any value, not boxed.</summary>
        Generic,

        /// <summary>A signed integer: <c>%d</c>, <c>%i</c>.</summary>
        Integer,

        /// <summary>An integer printed unsigned: <c>%u</c>, <c>%x</c>, <c>%X</c>, <c>%o</c>.</summary>
        UnsignedInteger,

        /// <summary>A floating-point number: <c>%f</c>, <c>%F</c>, <c>%e</c>, <c>%E</c>, <c>%g</c>, <c>%G</c>.</summary>
        Floating,

        /// <summary>One character: <c>%c</c>.</summary>
        Char,

        /// <summary>The C <c>int</c> that a <c>*</c> width or precision takes.</summary>
        StarInt,
    }

    /// <summary>One parameter of a message's format helper, in the order the helper takes them.</summary>
    /// <param name="Identifier">A valid C# identifier (keywords come <c>@</c>-prefixed): <c>arg0</c>, <c>arg1</c>, <c>seconds</c>, <c>userId</c>.</param>
    /// <param name="Placeholder">What the template calls it: <c>0</c>, <c>seconds</c>, <c>user-id</c> (dotnet); <c>1</c> for the first printf argument or insert.</param>
    /// <param name="Kind">The type the placeholder implies.</param>
    internal sealed record MessageParameter(string Identifier, string Placeholder, ParameterKind Kind);

    internal enum MessagePartKind
    {
        /// <summary>Literal text; escapes such as <c>%%</c> or FormatMessage's <c>%n</c> already resolved.</summary>
        Text,

        /// <summary>A placeholder filled by a parameter.</summary>
        Placeholder,
    }

    /// <summary>
    /// One piece of a parsed message. Offsets are within the cell's text. For a placeholder, <see cref="Parameter"/>
    /// is the index in <see cref="ParsedMessage.Parameters"/> of its value, and the style's format data is set:
    /// dotnet uses <see cref="Alignment"/> and <see cref="Format"/>; printf and win32 use <see cref="Flags"/>,
    /// <see cref="Width"/>, <see cref="Precision"/>, <see cref="Conversion"/> and the star slots.
    /// </summary>
    /// <param name="Kind">Text or placeholder.</param>
    /// <param name="Text">Text: the characters to write. Placeholder: the placeholder as written in the cell.</param>
    /// <param name="Start">Offset of the piece in the cell.</param>
    /// <param name="Length">Length of the piece in the cell (for text with escapes, longer than <see cref="Text"/>).</param>
    /// <param name="Parameter">Index of the value's parameter; -1 for text.</param>
    /// <param name="Alignment">dotnet: the alignment (<c>{0,-8}</c> is -8); 0 when none.</param>
    /// <param name="Format">dotnet: the format string (<c>N2</c>), or <see langword="null"/> when none.</param>
    /// <param name="Flags">printf/win32: the flags as written, in order (<c>-</c>, <c>+</c>, space, <c>0</c>, <c>#</c>); empty when none.</param>
    /// <param name="Width">printf/win32: the width; -1 when none or when it is a star.</param>
    /// <param name="Precision">printf/win32: the precision (<c>%.s</c> is 0); -1 when none or when it is a star.</param>
    /// <param name="Conversion">printf/win32: the conversion letter (<c>s</c> for a plain FormatMessage insert); '\0' for dotnet.</param>
    /// <param name="WidthParameter">printf/win32: index of the <c>int</c> parameter a <c>*</c> width takes; -1 when none.</param>
    /// <param name="PrecisionParameter">printf/win32: index of the <c>int</c> parameter a <c>*</c> precision takes; -1 when none.</param>
    internal sealed record MessagePart(
        MessagePartKind Kind,
        string Text,
        int Start,
        int Length,
        int Parameter,
        int Alignment,
        string? Format,
        string Flags,
        int Width,
        int Precision,
        char Conversion,
        int WidthParameter,
        int PrecisionParameter)
    {
        public bool IsPlaceholder => Kind == MessagePartKind.Placeholder;

        /// <summary>
        /// printf/win32: the spec without position, star positions or length modifier, as the runtime formatter reads
        /// it: <c>%-.200s</c>, <c>%.*s</c>, <c>%5d</c>. dotnet: the composite item for parameter 0, <c>{0,-8:X}</c>.
        /// </summary>
        public string Spec => Conversion == '\0'
            ? "{0" + (Alignment != 0 ? "," + Alignment.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
                + (Format is null ? string.Empty : ":" + Format) + "}"
            : "%" + Flags
                + (WidthParameter >= 0 ? "*" : Width >= 0 ? Width.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
                + (PrecisionParameter >= 0 ? ".*" : Precision >= 0 ? "." + Precision.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
                + Conversion;

        public static MessagePart Literal(string text, int start, int length)
            => new MessagePart(MessagePartKind.Text, text, start, length, -1, 0, null, string.Empty, -1, -1, '\0', -1, -1);
    }

    /// <summary>The kinds of problems a parser finds; a later step maps each to a diagnostic at the cell.</summary>
    internal enum PlaceholderProblemKind
    {
        /// <summary>Text clearly meant as a placeholder that is not one (<c>{ 0}</c>, <c>{0</c> never closed); it stays text.</summary>
        Malformed,

        /// <summary>dotnet: numbered and named placeholders in one message.</summary>
        MixedNumberedAndNamed,

        /// <summary>dotnet/win32: a number missing below the highest one (<c>{0} {2}</c>, <c>%1 %3</c>).</summary>
        GapInNumbers,

        /// <summary>dotnet: two different names that make the same parameter identifier (<c>{user-id}</c> and <c>{userId}</c>).</summary>
        DuplicateIdentifier,

        /// <summary>printf/win32: a conversion the style does not have (<c>%v</c>, or a float in FormatMessage); it stays text.</summary>
        UnknownConversion,

        /// <summary>printf: positional (<c>%1$s</c>) and sequential (<c>%s</c>) conversions in one message.</summary>
        MixedPositionalAndSequential,

        /// <summary>printf/win32: one argument read as two different types (<c>%1$d</c> and <c>%1$f</c>).</summary>
        ConflictingTypes,

        /// <summary>printf/win32: a <c>%</c> that ends the message, or FormatMessage's letter escape that is not one of its own.</summary>
        StrayPercent,

        /// <summary>win32: text after <c>%0</c>, which FormatMessage never prints.</summary>
        TextAfterEnd,

        /// <summary>A localized message whose placeholders differ from the neutral message's.</summary>
        LocalizedMismatch,
    }

    /// <summary>
    /// A problem in a message cell, as a plain value: where (offset and length within the cell), what, and how to fix
    /// it. <paramref name="DropsHelper"/> is true when the message cannot have a format helper until it is fixed
    /// (as a gap in <c>{N}</c> numbers does today); otherwise the text stays text and the rest is filled.
    /// </summary>
    internal sealed record PlaceholderProblem(
        PlaceholderProblemKind Kind,
        int Start,
        int Length,
        string Reason,
        string Fix,
        bool DropsHelper);

    /// <summary>A message cell parsed in a placeholder style.</summary>
    /// <param name="Style">The style it was parsed in.</param>
    /// <param name="Template">The cell's text, exactly as written (what <c>GetMessage</c> returns).</param>
    /// <param name="Parts">Text and placeholders in order; they cover the whole template (up to a FormatMessage <c>%0</c>).</param>
    /// <param name="Parameters">The helper's parameters in order, as found even when a problem drops the helper.</param>
    /// <param name="Problems">What is wrong, in order of position.</param>
    internal sealed record ParsedMessage(
        PlaceholderStyle Style,
        string Template,
        EquatableArray<MessagePart> Parts,
        EquatableArray<MessageParameter> Parameters,
        EquatableArray<PlaceholderProblem> Problems)
    {
        /// <summary>True when a problem keeps the message from having a format helper.</summary>
        public bool HelperDropped
        {
            get
            {
                foreach (PlaceholderProblem problem in Problems)
                {
                    if (problem.DropsHelper)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>True when the message gets a format helper: it has a placeholder and no problem drops it.</summary>
        public bool HasHelper => Parameters.Count > 0 && !HelperDropped;
    }
}
