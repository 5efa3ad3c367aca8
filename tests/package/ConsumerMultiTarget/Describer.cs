using ErrorCodes;

namespace ConsumerMultiTarget
{
    /// <summary>Uses the generated API in C# every target's default language version accepts.</summary>
    public static class Describer
    {
        /// <summary>Describes a code for a log line.</summary>
        /// <param name="code">A numeric code, known or not.</param>
        /// <returns>The vendor name and message, or the exception's text for an unknown code.</returns>
        public static string Describe(int code)
        {
            LiveStationErrorCode errorCode;
            if (LiveStationErrorCodes.TryFromCode(code, out errorCode))
            {
                return errorCode.GetName() + ": " + errorCode.GetMessage();
            }

            ErrorCodeException exception = GamePlatformException.FromCode(code, "unknown");
            return exception.Message;
        }

        /// <summary>The formatted message of an invalid format.</summary>
        /// <param name="field">The field's name.</param>
        /// <returns>The message.</returns>
        public static string InvalidFormat(string field)
        {
            return LiveStationErrorCodes.FormatInvalidFormat(field);
        }
    }
}
