using System.Collections.Generic;
using System.Text.Json;

namespace ConsumerJsonLibrary
{
    /// <summary>A server reply carrying a platform error code.</summary>
    public sealed class Reply
    {
        /// <summary>The code, read and written by the generated converter.</summary>
        public GamePlatformErrorCode Code { get; set; }
    }

    /// <summary>A server reply carrying a code of the catalog without a converter.</summary>
    public sealed class VendorReply
    {
        /// <summary>The code, read and written as System.Text.Json does any enum.</summary>
        public VendorErrorCode Code { get; set; }
    }

    /// <summary>Uses the generated converter the way C# 7.3 code would.</summary>
    public static class Replies
    {
        /// <summary>Reads a reply whose code may be a number or the vendor's name.</summary>
        /// <param name="json">The reply.</param>
        /// <returns>The code.</returns>
        public static GamePlatformErrorCode CodeOf(string json)
        {
            return JsonSerializer.Deserialize<Reply>(json).Code;
        }

        /// <summary>Writes a reply; the code is written as its number.</summary>
        /// <param name="code">The code.</param>
        /// <returns>The JSON text.</returns>
        public static string Write(GamePlatformErrorCode code)
        {
            return JsonSerializer.Serialize(new Reply { Code = code });
        }

        /// <summary>Writes codes as member names, and counts by code as a dictionary keyed by the enum.</summary>
        /// <param name="counts">How often each code was seen.</param>
        /// <returns>The JSON text.</returns>
        public static string WriteCounts(Dictionary<GamePlatformErrorCode, int> counts)
        {
            var options = new JsonSerializerOptions();
            options.Converters.Add(new GamePlatformErrorCodeJsonConverter(true));
            return JsonSerializer.Serialize(counts, options);
        }

        /// <summary>Writes a reply of the catalog without a converter: the code is written as its number.</summary>
        /// <param name="code">The code.</param>
        /// <returns>The JSON text.</returns>
        public static string WriteVendor(VendorErrorCode code)
        {
            return JsonSerializer.Serialize(new VendorReply { Code = code });
        }

        /// <summary>Reads a reply of the catalog without a converter, which takes a number only.</summary>
        /// <param name="json">The reply.</param>
        /// <returns>The code.</returns>
        public static VendorErrorCode VendorCodeOf(string json)
        {
            return JsonSerializer.Deserialize<VendorReply>(json).Code;
        }
    }
}
