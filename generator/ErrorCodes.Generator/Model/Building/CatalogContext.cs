using System.Collections.Generic;
using ErrorCodes.Generator.Model.Placeholders;
using ErrorCodes.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>
    /// What the steps of reading one catalog share: the table, the file's settings, the columns the header names, the
    /// domain and namespace once resolved, and the diagnostics found so far. One per catalog, dropped after it.
    /// </summary>
    internal sealed class CatalogContext
    {
        public CatalogContext(CsvTable table, CatalogSettings settings)
        {
            Table = table;
            Settings = settings;
            FileStart = SourceSpan.FileStart(table.FilePath);
            Diagnostics = new List<DiagnosticInfo>(table.Diagnostics);
        }

        public CsvTable Table { get; }

        public CatalogSettings Settings { get; }

        /// <summary>Where a diagnostic about the whole file points.</summary>
        public SourceSpan FileStart { get; }

        /// <summary>Every diagnostic of the catalog, the reader's first; the row steps and <see cref="RowMetadata"/> add theirs.</summary>
        public List<DiagnosticInfo> Diagnostics { get; }

        public CatalogColumns Columns { get; set; } = new CatalogColumns();

        /// <summary>How the file writes its placeholders (item metadata <c>ErrorCodesPlaceholderStyle</c>; dotnet when absent or not valid).</summary>
        public PlaceholderStyle PlaceholderStyle { get; set; }

        /// <summary>
        /// Whether the domain gets its exception types (item metadata <c>ErrorCodesExceptions</c>; true when absent or
        /// not valid). Without them its categories name no types.
        /// </summary>
        public bool GeneratesExceptions { get; set; } = true;

        /// <summary>
        /// Whether the domain gets its System.Text.Json converter where System.Text.Json is referenced (item metadata
        /// <c>ErrorCodesJsonConverter</c>; true when absent or not valid).
        /// </summary>
        public bool GeneratesJsonConverter { get; set; } = true;

        /// <summary>Whether the domain's types are internal (item metadata <c>ErrorCodesAccessibility</c>; public when absent or not valid).</summary>
        public bool IsInternal { get; set; }

        /// <summary>The domain's name; null until resolved, and when it cannot be used.</summary>
        public string? Domain { get; set; }

        /// <summary>The namespace; null until resolved, and when it cannot be used (empty is the global namespace).</summary>
        public string? Namespace { get; set; }

        /// <summary>What the <c>code</c> column holds; read from the file's metadata before the rows.</summary>
        public CodeType CodeType { get; set; }

        /// <summary>For a string-coded catalog, the codes numbered by <see cref="Building.StringCodes"/>; null for a numeric one.</summary>
        public StringCodeValues? StringCodes { get; set; }

        /// <summary>For a string-coded catalog, the enum value of each row whose code is valid, by the row's line.</summary>
        public Dictionary<int, int> StringValuesByLine { get; set; } = new Dictionary<int, int>();

        public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
            => Diagnostics.Add(DiagnosticInfo.Create(descriptor, span, arguments));

        public void Report(DiagnosticInfo diagnostic) => Diagnostics.Add(diagnostic);

        /// <summary>The result with no domain: the catalog generates nothing, and its diagnostics say why.</summary>
        public CatalogResult Failed() => new CatalogResult(Table.FilePath, null, Diagnostics.ToEquatableArray());
    }
}
