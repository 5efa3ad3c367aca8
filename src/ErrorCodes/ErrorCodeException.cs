using System;
using System.Globalization;

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

        /// <summary>
        /// The numeric error code as the vendor defines it. For a string-coded catalog (<see cref="IsNumericCode"/> is
        /// <see langword="false"/>), whose vendor code is text such as <c>23505</c> or <c>42P01</c>, this is the numeric
        /// value of the catalog's enum member instead, <c>0</c> for a code the catalog does not know; read
        /// <see cref="CodeText"/> for the vendor's code.
        /// </summary>
        public abstract int Code { get; }

        /// <summary>
        /// The error code as the vendor writes it: the code of a string-coded catalog exactly as written (<c>42P01</c>,
        /// <c>ThrottlingException</c>, or a code the catalog does not know, as the server sent it), and for a numeric
        /// catalog <see cref="Code"/> in invariant decimal (<c>-102</c>, <c>250100</c>). Use it to log or compare the
        /// code of any catalog.
        /// </summary>
        /// <remarks>
        /// Numeric catalogs do not override it, so an exception compiled against an earlier version of this library
        /// has it too.
        /// </remarks>
        public virtual string CodeText => Code.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// <see langword="true"/> when the catalog's codes are numbers, so <see cref="Code"/> is the vendor's code;
        /// <see langword="false"/> for a string-coded catalog, whose vendor code is <see cref="CodeText"/>.
        /// </summary>
        public virtual bool IsNumericCode => true;

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
