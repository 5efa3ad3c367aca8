using ErrorCodes.Generator.Model.Placeholders;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// A catalog's item metadata, as written (null when absent or blank), and the project's root namespace: where the
    /// domain and namespace come from, and the file's help URL template, placeholder style, code type, whether it
    /// generates exception types and a JSON converter, and the accessibility of its types.
    /// </summary>
    internal sealed record CatalogSettings(
        string? DomainOverride,
        string? NamespaceOverride,
        string? RootNamespace,
        string? HelpUrlTemplate = null,
        string? PlaceholderStyle = null,
        string? CodeType = null,
        string? Exceptions = null,
        string? JsonConverter = null,
        string? Accessibility = null);

    /// <summary>A row's <c>severity</c>; <see cref="None"/> when the cell is empty. The order matches ErrorCodes.ErrorSeverity plus one.</summary>
    internal enum SeverityLevel
    {
        None = 0,
        Error = 1,
        Warning = 2,
        Info = 3,
    }

    /// <summary>
    /// A category that names an exception type: the category text as written, the type's name, and the cell where
    /// the category first appears (for a diagnostic when another catalog generates a type of that name).
    /// </summary>
    internal sealed record CategoryType(string Category, string TypeName, SourceSpan Span = default);

    /// <summary>
    /// One row of a catalog, ready to emit. Texts are as the vendor wrote them; an empty string means the cell was
    /// empty. Localized texts line up with the domain's culture lists. In a string-coded catalog <see cref="Code"/> is
    /// the enum value <see cref="StringCodeValues"/> gave the row and <see cref="StringCode"/> the vendor's code; in a
    /// numeric catalog <see cref="StringCode"/> is null.
    /// </summary>
    internal sealed record ErrorMember(
        int Code,
        string Name,
        string Identifier,
        string Message,
        string Description,
        EquatableArray<string> LocalizedMessages,
        EquatableArray<string> LocalizedDescriptions,
        string Category,
        bool IsAlias,
        int LineNumber,
        int HttpStatus = 0,
        bool Retryable = false,
        SeverityLevel Severity = SeverityLevel.None,
        string HelpUrl = "",
        string Deprecation = "",
        string? StringCode = null)
    {
        /// <summary>Whether the catalog marks the code deprecated; <see cref="Deprecation"/> is then the reason shown by [Obsolete].</summary>
        public bool IsDeprecated => Deprecation.Length != 0;

        /// <summary>The message a caller gets without asking for a culture: the neutral one, else the first localized one.</summary>
        public string NeutralMessage => FirstNonEmpty(Message, LocalizedMessages);

        /// <summary>
        /// What <c>GetMessage</c> and exceptions show: the message, else the description (some vendors document a
        /// code only by its explanation), else the vendor's name, so that there is always something to show.
        /// </summary>
        public string DisplayMessage
            => NeutralMessage.Length != 0 ? NeutralMessage : NeutralDescription.Length != 0 ? NeutralDescription : Name;

        /// <summary>The description without a culture: the neutral one, else the first localized one.</summary>
        public string NeutralDescription => FirstNonEmpty(Description, LocalizedDescriptions);

        private static string FirstNonEmpty(string neutral, EquatableArray<string> localized)
        {
            if (neutral.Length != 0)
            {
                return neutral;
            }

            foreach (string text in localized)
            {
                if (text.Length != 0)
                {
                    return text;
                }
            }

            return string.Empty;
        }
    }

    /// <summary>
    /// A domain: one vendor catalog with the names of the types it becomes. A string-coded catalog has its codes in
    /// enum-value order in <see cref="StringCodes"/> (<c>StringCodes[v - 1]</c> is the code of value <c>v</c>): only
    /// the codes of its members, with an empty string for a value whose rows were all dropped for an error.
    /// <see cref="GeneratesExceptions"/> is false when the file's <c>ErrorCodesExceptions</c> metadata is
    /// <c>false</c>: the domain then has no exception types, and so no <see cref="CategoryTypes"/>.
    /// <see cref="GeneratesJsonConverter"/> is false when its <c>ErrorCodesJsonConverter</c> metadata is <c>false</c>:
    /// the domain then has no System.Text.Json converter and its enum no <c>[JsonConverter]</c>, even where
    /// System.Text.Json is referenced. <see cref="IsInternal"/> is true when its <c>ErrorCodesAccessibility</c> metadata
    /// is <c>internal</c>: every type of the domain is then internal to the assembly instead of public.
    /// </summary>
    internal sealed record DomainModel(
        string FilePath,
        string Domain,
        string Namespace,
        EquatableArray<string> MessageCultures,
        EquatableArray<string> DescriptionCultures,
        EquatableArray<ErrorMember> Members,
        EquatableArray<CategoryType> CategoryTypes = default,
        PlaceholderStyle PlaceholderStyle = PlaceholderStyle.DotNet,
        bool IsStringCoded = false,
        EquatableArray<string> StringCodes = default,
        bool GeneratesExceptions = true,
        bool GeneratesJsonConverter = true,
        bool IsInternal = false)
    {
        public string QualifiedName => GeneratedNames.Qualified(Namespace, Domain);
    }

    /// <summary>What the <c>code</c> column holds, from the item metadata <c>ErrorCodesCodeType</c>.</summary>
    internal enum CodeType
    {
        /// <summary><c>int</c>, the default: 32-bit numbers, which are the enum's values.</summary>
        Int,

        /// <summary><c>string</c>: the vendor's codes exactly as written; the enum's values are the generator's.</summary>
        String,
    }

    /// <summary>What reading one catalog file produced: its domain, when it has one, and its diagnostics.</summary>
    internal sealed record CatalogResult(string FilePath, DomainModel? Domain, EquatableArray<DiagnosticInfo> Diagnostics);
}
