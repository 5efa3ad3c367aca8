using System;
using ErrorCodes;

[assembly: CLSCompliant(true)]

namespace ConsumerClsLibrary
{
    /// <summary>A public surface made of the generated types and the runtime library's types.</summary>
    public static class Errors
    {
        /// <summary>The severity the catalog gives a Live Station code.</summary>
        /// <param name="code">The code.</param>
        /// <returns>The severity, or <see langword="null"/>.</returns>
        public static ErrorSeverity? SeverityOf(LiveStationErrorCode code) => code.GetSeverity();

        /// <summary>An exception for a chat code.</summary>
        /// <param name="code">The code.</param>
        /// <returns>The exception, as its common base.</returns>
        public static ErrorCodeException ForChat(ChatErrorCode code) => new ChatException(code);

        /// <summary>An exception for a stage code.</summary>
        /// <param name="code">The code.</param>
        /// <returns>The exception.</returns>
        public static StageException ForStage(StageErrorCode code) => new StageException(code);

        /// <summary>The message of a player code.</summary>
        /// <param name="code">The code.</param>
        /// <returns>The message.</returns>
        public static string MessageOf(LiveCommercePlayerErrorCode code) => code.GetMessage();

        /// <summary>Whether a game platform code is defined.</summary>
        /// <param name="code">The number.</param>
        /// <returns>Whether the catalog defines it.</returns>
        public static bool IsPlatformCode(int code) => GamePlatformErrorCodes.IsDefined(code);
    }

    /// <summary>A library's own exception built on the generated one's base.</summary>
    public sealed class WrappedException : Exception
    {
        /// <summary>Wraps a catalog exception.</summary>
        /// <param name="inner">The catalog exception.</param>
        public WrappedException(ErrorCodeException inner)
            : base(inner.Message, inner)
        {
            Severity = inner.Severity;
        }

        /// <summary>The wrapped exception's severity.</summary>
        public ErrorSeverity? Severity { get; }
    }
}
