using System.Collections.Generic;

namespace ErrorCodes.Generator.Model.Building
{
    /// <summary>
    /// The position of each known column in the header, -1 when absent. A new column gets a property here, a name in
    /// <see cref="HeaderReader.KnownColumns"/> and a case in <see cref="HeaderReader.Read"/>, and is read in
    /// <see cref="RowReader"/>.
    /// </summary>
    internal sealed class CatalogColumns
    {
        public int Code { get; set; } = -1;

        public int Name { get; set; } = -1;

        public int Member { get; set; } = -1;

        public int Message { get; set; } = -1;

        public int Description { get; set; } = -1;

        public int Category { get; set; } = -1;

        public int Duplicate { get; set; } = -1;

        public int HttpStatus { get; set; } = -1;

        public int Retryable { get; set; } = -1;

        public int Severity { get; set; } = -1;

        public int HelpUrl { get; set; } = -1;

        public int Deprecated { get; set; } = -1;

        /// <summary>The file's help URL template from item metadata, when it is usable.</summary>
        public string? HelpUrlTemplate { get; set; }

        public List<string> MessageCultures { get; } = new List<string>();

        public List<int> MessageColumns { get; } = new List<int>();

        public List<string> DescriptionCultures { get; } = new List<string>();

        public List<int> DescriptionColumns { get; } = new List<int>();

        /// <summary>Whether the columns every row needs are there.</summary>
        public bool HasRequired => Code >= 0 && Name >= 0;
    }
}
