using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using ErrorCodes;

namespace ConsumerStrictAnalysis;

/// <summary>A server reply holding a code.</summary>
/// <param name="Code">The code.</param>
public sealed record Reply(LiveStationErrorCode Code);

/// <summary>Uses the generated API.</summary>
public static class Replies
{
    // Options made here, not JsonSerializerOptions.Default: that one resolves reflection metadata, which trimming cannot keep.
    private static readonly JsonSerializerOptions Options = new();

    /// <summary>Writes a reply as JSON.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(LiveStationErrorCode code)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(nameof(Reply.Code));
            new LiveStationErrorCodeJsonConverter().Write(writer, code, Options);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Describes a code in Korean where the catalog has it.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The description, or the message.</returns>
    public static string Describe(LiveStationErrorCode code)
        => code.GetDescription(CultureInfo.GetCultureInfo("ko-KR")) ?? code.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>Throws the exception of a platform code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The exception, as its common base.</returns>
    public static ErrorCodeException Fail(GamePlatformErrorCode code) => new GamePlatformException(code);
}
