using System.Text.Json;

namespace WebSample;

/// <summary>
/// A stand-in for a streaming vendor's SDK. Its "server" answers with JSON replies as the real one would; the client
/// turns every error reply into a typed <see cref="StreamVendorException"/> and lets it travel.
/// </summary>
public sealed class FakeVendorClient
{
    // What the vendor's server answers, by channel id. The code is read by the generated JSON converter, which
    // accepts the number or the vendor's name and keeps codes the catalog does not know.
    private static readonly Dictionary<string, string> Replies = new(StringComparer.Ordinal)
    {
        ["studio"] = """{"code":0,"channel":{"id":"studio","title":"Studio A"}}""",
        ["missing"] = """{"code":"CHANNEL_NOT_FOUND","message":"Channel missing is not found"}""",
        ["busy"] = """{"code":2001}""",
        ["newer"] = """{"code":4711,"message":"Region quota exceeded"}""",
    };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Reads a channel; throws the vendor's error as a <see cref="StreamVendorException"/>.</summary>
    /// <param name="id">The channel id.</param>
    /// <returns>The channel.</returns>
    public Channel GetChannel(string id)
    {
        string json = Replies.TryGetValue(id, out string? reply) ? reply : """{"code":1001}""";
        VendorReply answer = JsonSerializer.Deserialize<VendorReply>(json, JsonOptions)!;
        if ((int)answer.Code == 0)
        {
            return answer.Channel!;
        }

        // A reply without text gets the catalog's message; a code the catalog does not know keeps its number.
        if (answer.Code == StreamVendorErrorCode.ChannelNotFound && answer.Message is null)
        {
            throw StreamVendorException.Create(StreamVendorErrorCode.ChannelNotFound, StreamVendorErrorCodes.FormatChannelNotFound(id));
        }

        throw StreamVendorException.FromCode((int)answer.Code, answer.Message);
    }

    /// <summary>Creates a channel; this vendor account has used its whole quota, so it always fails.</summary>
    /// <param name="title">The channel title.</param>
    /// <returns>Never returns.</returns>
    public Channel CreateChannel(string title)
    {
        const int limit = 5;
        const int created = 5;
        // The format helper takes exactly the message's two placeholders; Create gives the code's category type.
        throw StreamVendorException.Create(StreamVendorErrorCode.ChannelLimit, StreamVendorErrorCodes.FormatChannelLimit(limit, created));
    }
}

/// <summary>A channel of the vendor.</summary>
/// <param name="Id">The channel id.</param>
/// <param name="Title">The channel title.</param>
public sealed record Channel(string Id, string Title);

/// <summary>The vendor's reply envelope.</summary>
/// <param name="Code">0, or the error code.</param>
/// <param name="Message">The server's error text, if any.</param>
/// <param name="Channel">The channel, on success.</param>
public sealed record VendorReply(StreamVendorErrorCode Code, string? Message, Channel? Channel);
