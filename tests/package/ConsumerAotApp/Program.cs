using System;
using System.Globalization;
using System.Text.Json;
using ConsumerAotApp;
using ErrorCodes;

// Fixed cultures so that the output does not depend on the machine; the Korean texts come from the catalog.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
var korean = CultureInfo.GetCultureInfo("ko-KR");

Console.WriteLine($"codes: {StationErrorCodes.All.Count} station, {GamePlatformErrorCodes.All.Count} platform");
Console.WriteLine($"name: {StationErrorCode.ChannelNotFound.GetName()} member: {StationErrorCode.ChannelNotFound.GetMemberName()}");
Console.WriteLine($"message: {StationErrorCode.ChannelNotFound.GetMessage()}");
Console.WriteLine($"description (ko-KR): {StationErrorCode.ChannelNotFound.GetDescription(korean)}");
Console.WriteLine($"format: {StationErrorCodes.FormatOpenApiParamTypeError("size", 32)}");
Console.WriteLine($"TryFromCode(250100): {StationErrorCodes.TryFromCode(250100, out StationErrorCode found)} {found.GetMemberName()}");
Console.WriteLine($"TryFromName(CHANNEL_NOT_FOUND): {StationErrorCodes.TryFromName("CHANNEL_NOT_FOUND", out StationErrorCode named)} {(int)named}");
Console.WriteLine($"http status of 473: {GamePlatformErrorCode.ServiceUnavailable.GetHttpStatus()}, severity of 200: {GamePlatformErrorCode.Success.GetSeverity()}");

int sum = 0;
foreach (StationErrorCode code in StationErrorCodes.All)
{
    sum += code.GetName().Length;
}

Console.WriteLine($"length of every station name: {sum}");

try
{
    throw StationException.Create(StationErrorCode.NotFound, StationErrorCodes.FormatNotFound("channel 42"));
}
catch (ErrorCodeException exception)
{
    Console.WriteLine($"caught {exception.Domain} {exception.Code} {exception.ErrorName}: {exception.Message}");
}

int newerCode = 250999;
StationException newer = StationException.FromCode(newerCode, "Region quota exceeded");
Console.WriteLine($"FromCode({newerCode}): known {newer.IsKnown}, message {newer.Message}");

// JSON through the generated converter itself: no serializer metadata, nothing for the trimmer to keep.
// (A JsonSerializerContext in this project cannot see the generated enum; see the README's JSON section.)
var buffer = new System.IO.MemoryStream();
using (var writer = new Utf8JsonWriter(buffer))
{
    new StationErrorCodeJsonConverter(writeMemberNames: true).Write(writer, StationErrorCode.ChannelNotFound, new JsonSerializerOptions());
}

var reader = new Utf8JsonReader("\"CHANNEL_NOT_FOUND\""u8);
reader.Read();
StationErrorCode read = new StationErrorCodeJsonConverter().Read(ref reader, typeof(StationErrorCode), new JsonSerializerOptions());
Console.WriteLine($"json: {System.Text.Encoding.UTF8.GetString(buffer.ToArray())}, read: {read.GetMemberName()}");
