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
    }
}
