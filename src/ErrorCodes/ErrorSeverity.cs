namespace ErrorCodes
{
    /// <summary>How serious the vendor says an error is, from a catalog's <c>severity</c> column.</summary>
    public enum ErrorSeverity
    {
        /// <summary>An error: the operation failed.</summary>
        Error = 0,

        /// <summary>A warning: the operation may have succeeded in part, or something needs attention.</summary>
        Warning = 1,

        /// <summary>Information only.</summary>
        Info = 2,
    }
}
