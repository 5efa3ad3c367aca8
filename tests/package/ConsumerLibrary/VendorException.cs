using System;

namespace ConsumerLibrary
{
    /// <summary>
    /// The library's own exception for the vendor's errors, of the name the generator would give it: not partial and
    /// not an ErrorCodeException, which compiles only because vendor-errors.csv sets ErrorCodesExceptions="false".
    /// </summary>
    public sealed class VendorException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="errorCode">The vendor's error code.</param>
        /// <param name="message">The message.</param>
        public VendorException(VendorErrorCode errorCode, string message)
            : base(message)
        {
            ErrorCode = errorCode;
        }

        /// <summary>The vendor's error code.</summary>
        public VendorErrorCode ErrorCode { get; }
    }
}
