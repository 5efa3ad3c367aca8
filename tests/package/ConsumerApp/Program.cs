using System;
using System.Globalization;
using Consumer.Platform;
using ConsumerApp;
using ErrorCodes;

// Fixed cultures so that the output does not depend on the machine that runs the check.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
var korean = CultureInfo.GetCultureInfo("ko-KR");

// live-station.csv carries ErrorCodesDomain="Station" and takes the project's RootNamespace.
Console.WriteLine($"domain: {StationErrorCodes.Domain} in {typeof(StationErrorCode).Namespace}");
Console.WriteLine($"name: {StationErrorCode.ChannelNotFound.GetName()}");
Console.WriteLine($"member: {StationErrorCode.ChannelNotFound.GetMemberName()}");
Console.WriteLine($"message: {StationErrorCode.ChannelNotFound.GetMessage()}");
Console.WriteLine($"description (ko-KR): {StationErrorCode.ChannelNotFound.GetDescription(korean)}");
Console.WriteLine($"format: {StationErrorCodes.FormatInvalidFormat("channelId")}");
Console.WriteLine($"format with two arguments: {StationErrorCodes.FormatOpenApiParamTypeError("size", "Int32")}");

bool known = StationErrorCodes.TryFromCode(250100, out StationErrorCode found);
Console.WriteLine($"TryFromCode(250100): {known} {found.GetMemberName()}");
int fromServer = 1; // a code as a server might send it; the constant 1 written in the call would be warning EC2001
bool unknown = StationErrorCodes.TryFromCode(fromServer, out _);
Console.WriteLine($"TryFromCode(1): {unknown}");
Console.WriteLine($"IsDefined(250016): {StationErrorCodes.IsDefined(250016)}");

// game-platform.csv carries ErrorCodesNamespace="Consumer.Platform" and keeps the domain from its file name.
Console.WriteLine($"platform: {typeof(GamePlatformErrorCode).FullName}, {GamePlatformErrorCodes.All.Count} codes");
// 406 appears twice on purpose (duplicate=true): the second row is an alias with the same value.
Console.WriteLine($"platform 406: {GamePlatformErrorCode.NotExistData.GetName()}, alias is the same code: {GamePlatformErrorCode.AlreadyUsedIdpAccount == GamePlatformErrorCode.NotExistData}");

try
{
    throw StationException.Create(StationErrorCode.NotFound, StationErrorCodes.FormatNotFound("channel 42"));
}
catch (ErrorCodeException exception)
{
    Console.WriteLine($"caught {exception.GetType().Name}: {exception.Domain} {exception.Code} {exception.ErrorName}: {exception.Message}");
}

try
{
    throw new GamePlatformException(GamePlatformErrorCode.ServerTimeout);
}
catch (ErrorCodeException exception) when (exception is GamePlatformException platform)
{
    Console.WriteLine($"caught {exception.GetType().Name}: {platform.ErrorCode.GetMemberName()} {exception.Code}: {exception.Message}");
}

// Metadata columns: game-platform.csv gives its three-digit codes their HTTP status.
Console.WriteLine($"http status of 473: {GamePlatformErrorCode.ServiceUnavailable.GetHttpStatus()}, of 2001: {GamePlatformErrorCode.ServerTimeout.GetHttpStatus()?.ToString() ?? "none"}");

// A server newer than the catalog: the unknown code and its text are kept.
int newerCode = 250999;
StationException newer = StationException.FromCode(newerCode, "Region quota exceeded");
Console.WriteLine($"FromCode({newerCode}): known {newer.IsKnown}, code {newer.Code}, message {newer.Message}");

// JSON: the enum carries its generated converter; no options needed.
string json = System.Text.Json.JsonSerializer.Serialize(new Reply(StationErrorCode.ChannelNotFound));
Reply? read = System.Text.Json.JsonSerializer.Deserialize<Reply>("{\"Code\":\"CHANNEL_NOT_FOUND\"}");
Console.WriteLine($"json: {json}, read by vendor name: {read?.Code}");

// postgres-sqlstate.csv carries ErrorCodesCodeType="string": its codes are the vendor's text.
string sqlstate = "42P01"; // as a PostgreSQL server reports it
if (PostgresSqlstateErrorCodes.TryFromCode(sqlstate, out PostgresSqlstateErrorCode state))
{
    Console.WriteLine($"sqlstate {sqlstate}: {state} {state.GetName()}, {state.GetCategory()}, {state.GetSeverity()}, code back {state.GetCode()}");
}

string lowerCase = "42p01"; // codes are compared exactly; a literal in the call would be warning EC2001
Console.WriteLine($"sqlstate 42p01 defined: {PostgresSqlstateErrorCodes.IsDefined(lowerCase)}");
try
{
    throw PostgresSqlstateException.FromCode("23505", null);
}
catch (ErrorCodeException exception)
{
    Console.WriteLine($"caught {exception.GetType().Name}: {exception.Domain} {exception.CodeText} numeric {exception.IsNumericCode} {exception.ErrorName}: {exception.Message}");
}

string newerSqlstate = "ZZ999"; // a code newer than the catalog, as a server sends it (a literal here would be EC2001)
PostgresSqlstateException newerState = PostgresSqlstateException.FromCode(newerSqlstate, "unknown state");
Console.WriteLine($"FromCode(ZZ999): known {newerState.IsKnown}, code text {newerState.CodeText}, message {newerState.Message}");
Console.WriteLine($"sqlstate json: {System.Text.Json.JsonSerializer.Serialize(PostgresSqlstateErrorCode.UniqueViolation)}, read: {System.Text.Json.JsonSerializer.Deserialize<PostgresSqlstateErrorCode>("\"40P01\"")}");

/// <summary>A server reply holding a code.</summary>
/// <param name="Code">The code.</param>
internal sealed record Reply(StationErrorCode Code);
