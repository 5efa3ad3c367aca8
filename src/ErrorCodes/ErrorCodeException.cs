using System;

namespace ErrorCodes
{
    /// <summary>
    /// The base of every generated <c>&lt;Domain&gt;Exception</c>, so that one <c>catch</c> can handle the errors of
    /// all catalogs and read their code, name and domain without knowing the domain's types.
    /// </summary>
    public abstract class ErrorCodeException : Exception
    {
        /// <summary>Creates the exception with its message and the exception that caused it, if any.</summary>
        /// <param name="message">The error message.</param>
        /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
        protected ErrorCodeException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        /// <summary>The numeric error code as the vendor defines it.</summary>
        public abstract int Code { get; }

        /// <summary>The vendor's name of the error as written in the catalog, such as <c>CHANNEL_NOT_FOUND</c>.</summary>
        public abstract string ErrorName { get; }

        /// <summary>The catalog (domain) the code belongs to, such as <c>LiveStation</c>.</summary>
        public abstract string Domain { get; }

        /// <summary>
        /// Whether the catalog defines <see cref="Code"/>. A server newer than the catalog can send a code the catalog
        /// does not know; such an exception keeps the raw number and the server's text, and this is <see langword="false"/>.
        /// </summary>
        public virtual bool IsKnown => true;

        /// <summary>The HTTP status the catalog gives the code (its <c>http_status</c> column), or <see langword="null"/>.</summary>
        public virtual int? HttpStatus => null;

        /// <summary>Whether the catalog says the failed operation may succeed when tried again (its <c>retryable</c> column).</summary>
        public virtual bool IsRetryable => false;

        /// <summary>The catalog's severity of the code (its <c>severity</c> column), or <see langword="null"/>.</summary>
        public virtual ErrorSeverity? Severity => null;

        /// <summary>The catalog's category (section) of the code, or <see langword="null"/>.</summary>
        public virtual string? Category => null;

        /// <summary>A link to the vendor's documentation of the code, or <see langword="null"/>.</summary>
        public virtual string? HelpUrl => null;
    }
}
