namespace ErrorCodes.Tests.Infrastructure;

/// <summary>A catalog file for a test: its path, its CSV text, and the optional item metadata (ErrorCodesDomain, ErrorCodesNamespace, ErrorCodesHelpUrl, ErrorCodesPlaceholderStyle, ErrorCodesCodeType, ErrorCodesExceptions, ErrorCodesJsonConverter, ErrorCodesAccessibility).</summary>
public sealed record Catalog(string Path, string Text, string? Domain = null, string? Namespace = null, string? HelpUrl = null, string? PlaceholderStyle = null, string? CodeType = null, string? Exceptions = null, string? JsonConverter = null, string? Accessibility = null)
{
    /// <summary>A catalog whose rows follow a header line; lines are joined with "\n".</summary>
    public static Catalog Csv(string path, params string[] lines) => new(path, string.Join("\n", lines) + "\n");
}
