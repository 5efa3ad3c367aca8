using System;
using System.Globalization;
using Consumer.Platform;
using ErrorCodes;

namespace ConsumerLibrary
{
    /// <summary>Uses the generated API the way C# 7.3 code would: no nullable annotations, no newer syntax.</summary>
    public static class ErrorDescriber
    {
        /// <summary>Describes a station error code for a log line.</summary>
        /// <param name="code">A numeric code, known or not.</param>
        /// <returns>The vendor name and message, or a note that the code is unknown.</returns>
        public static string Describe(int code)
        {
            StationErrorCode errorCode;
            if (!StationErrorCodes.TryFromCode(code, out errorCode))
            {
                return "unknown code " + code.ToString(CultureInfo.InvariantCulture);
            }

            return errorCode.GetName() + ": " + errorCode.GetMessage();
        }

        /// <summary>Describes a station error code in Korean where the catalog has it.</summary>
        /// <param name="errorCode">The error code.</param>
        /// <returns>The Korean description, or <see langword="null"/> when there is none.</returns>
        public static string DescribeInKorean(StationErrorCode errorCode)
        {
            return errorCode.GetDescription(CultureInfo.GetCultureInfo("ko-KR"));
        }

        /// <summary>Builds the exception for a missing resource.</summary>
        /// <param name="resource">What was not found.</param>
        /// <returns>The exception, with its message filled in.</returns>
        public static ErrorCodeException NotFound(string resource)
        {
            return StationException.Create(StationErrorCode.NotFound, StationErrorCodes.FormatNotFound(resource));
        }

        /// <summary>Reads the platform code out of any exception.</summary>
        /// <param name="exception">The exception.</param>
        /// <returns>The platform error code, or <see cref="GamePlatformErrorCode.Unknown"/> for other exceptions.</returns>
        public static GamePlatformErrorCode PlatformCodeOf(Exception exception)
        {
            var platform = exception as GamePlatformException;
            return platform != null ? platform.ErrorCode : GamePlatformErrorCode.Unknown;
        }

        /// <summary>Fills the station's two-argument template.</summary>
        /// <param name="parameter">The parameter's name.</param>
        /// <param name="type">The type it could not be converted to.</param>
        /// <returns>The filled message.</returns>
        public static string ParameterTypeError(string parameter, string type)
        {
            return StationErrorCodes.FormatOpenApiParamTypeError(parameter, type);
        }

        /// <summary>Builds the library's own exception for a missing table, its message filled by the generated helper.</summary>
        /// <param name="table">The table that does not exist.</param>
        /// <returns>The exception.</returns>
        public static VendorException MissingTable(string table)
        {
            return new VendorException(VendorErrorCode.NoSuchTable, VendorErrorCodes.FormatNoSuchTable(table));
        }

        /// <summary>Turns a server's code and text into an exception, whether or not the catalog knows the code.</summary>
        /// <param name="code">The code as received.</param>
        /// <param name="serverMessage">The server's text, or <see langword="null"/>.</param>
        /// <returns>A short description of the exception.</returns>
        public static string FromServer(int code, string serverMessage)
        {
            StationException exception = StationException.FromCode(code, serverMessage);
            int? status = exception.HttpStatus;
            return (exception.IsKnown ? "known " : "unknown ") + exception.Code.ToString(CultureInfo.InvariantCulture)
                + (status.HasValue ? " status " + status.Value.ToString(CultureInfo.InvariantCulture) : string.Empty)
                + (exception.IsRetryable ? " retryable" : string.Empty) + ": " + exception.Message;
        }
    }
}
