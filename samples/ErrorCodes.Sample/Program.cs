using System;
using System.Globalization;
using System.Text;
using ErrorCodes;
using Sample;

// The chat and live-station catalogs carry Korean text; many consoles do not print it without UTF-8.
Console.OutputEncoding = Encoding.UTF8;
var korean = new CultureInfo("ko-KR");

Heading("Live Station: a code received from the server");
int received = 250100;
if (LiveStationErrorCodes.TryFromCode(received, out LiveStationErrorCode code))
{
    Console.WriteLine($"{received} is {code.GetMemberName()} (vendor name {code.GetName()})");
    Console.WriteLine($"  message:        {code.GetMessage()}");
    // The catalog has no message.ko column, so the Korean lookup falls back to the neutral message.
    Console.WriteLine($"  message ko:     {code.GetMessage(korean)}");
    Console.WriteLine($"  description ko: {code.GetDescription(korean)}");
}

Heading("Live Station: format helpers, one parameter per placeholder");
Console.WriteLine(LiveStationErrorCodes.FormatInvalidFormat("channelName"));
Console.WriteLine(LiveStationErrorCodes.FormatOpenApiParamTypeError("pageNo", "int"));
Console.WriteLine(LiveStationErrorCodes.FormatShortClipCreating("opening.mp4", 42));
Console.WriteLine(LiveStationErrorCodes.FormatDetailReachLimit("channels", "STANDARD", 10, 10));

Heading("Live Station: a row without a vendor name, and a name used twice");
Console.WriteLine($"{LiveStationErrorCode.Code250321.GetMemberName()}: name \"{LiveStationErrorCode.Code250321.GetName()}\", message {LiveStationErrorCode.Code250321.GetMessage()}");
foreach (LiveStationErrorCode unauthorized in new[] { LiveStationErrorCode.OpenApiUnauthorized, LiveStationErrorCode.OpenApiUnauthorized250017 })
{
    Console.WriteLine($"{(int)unauthorized} {unauthorized.GetName()} -> {unauthorized.GetMemberName()}: {unauthorized.GetMessage()}");
}

Heading("Chat: messages in Korean only");
ChatErrorCode chat = ChatErrorCode.ParamsBindingError;
Console.WriteLine($"{(int)chat} {chat.GetName()}: {chat.GetMessage(korean)}");
// With no neutral message column, the Korean one is also the message for every other culture.
Console.WriteLine($"  en-US: {chat.GetMessage(new CultureInfo("en-US"))}");
foreach (ChatErrorCode serverError in new[] { ChatErrorCode.InternalServerError, ChatErrorCode.InternalServerError1004, ChatErrorCode.InternalServerError1005, ChatErrorCode.InternalServerError3000 })
{
    Console.WriteLine($"{(int)serverError} {serverError.GetName()} -> {serverError.GetMemberName()}");
}

Heading("Game platform: 406 is listed twice");
// The second 406 row is an alias: the same value, so lookups return the first row's data.
GamePlatformErrorCode alias = GamePlatformErrorCode.AlreadyUsedIdpAccount;
Console.WriteLine($"AlreadyUsedIdpAccount == NotExistData: {alias == GamePlatformErrorCode.NotExistData}");
Console.WriteLine($"{(int)alias} -> {alias.GetMemberName()}: {alias.GetMessage()}");
Console.WriteLine($"{GamePlatformErrorCodes.All.Count} distinct codes");
// A row without a message falls back to the vendor's name.
Console.WriteLine($"{(int)GamePlatformErrorCode.NotAllowed}: {GamePlatformErrorCode.NotAllowed.GetMessage()}");

Heading("Live commerce player: categories and negative codes");
// -500 is listed under two sections with the same name; it is one member, in the first section.
foreach (LiveCommercePlayerErrorCode player in LiveCommercePlayerErrorCodes.All)
{
    Console.WriteLine($"{player.GetCategory(),-20} {(int)player,5} {player.GetName()}: {player.GetMessage()}");
}

Heading("Stage: an enum documented by descriptions only");
StageErrorCode stage = StageErrorCode.TokenExpired;
// Without a message column, GetMessage falls back to the description.
Console.WriteLine($"{(int)stage} {stage.GetName()}: {stage.GetMessage()}");
Console.WriteLine($"{StageErrorCodes.All.Count} codes, first in catalog order: {StageErrorCodes.All[0].GetName()}");

Heading("Exceptions: one catch for every catalog");
Exception[] failures =
{
    // A row's exception with its message filled: Create with the code and the code's format helper, whose
    // argument count the compiler checks.
    LiveStationException.Create(LiveStationErrorCode.ShortClipCreating, LiveStationErrorCodes.FormatShortClipCreating("opening.mp4", 42)),
    new ChatException(ChatErrorCode.ChannelNotFound),
    new GamePlatformException(GamePlatformErrorCode.ServerTimeout),
    new LiveCommercePlayerException(LiveCommercePlayerErrorCode.ExpiredSession),
    new StageException(StageErrorCode.StageAtCapacity),
};
foreach (Exception failure in failures)
{
    try
    {
        throw failure;
    }
    catch (ErrorCodeException error)
    {
        Console.WriteLine($"{error.Domain} {error.Code} {error.ErrorName}: {error.Message}");
    }
}

Heading("An unknown code");
int fromServer = 999; // a code the catalog does not define, as a server might send it
Console.WriteLine($"TryFromCode(999): {LiveStationErrorCodes.TryFromCode(fromServer, out _)}");
// A cast can make any value; the lookups then answer without throwing.
var unknown = (LiveStationErrorCode)fromServer;
Console.WriteLine($"IsDefined: {unknown.IsDefined()}, name \"{unknown.GetName()}\", message \"{unknown.GetMessage()}\", description {unknown.GetDescription() ?? "null"}");

// A server newer than the catalog: FromCode keeps the number and the server's text.
LiveStationException newer = LiveStationException.FromCode(fromServer, "Region quota exceeded");
Console.WriteLine($"FromCode(999): IsKnown {newer.IsKnown}, Code {newer.Code}, Message \"{newer.Message}\"");

Heading("Metadata: HTTP status, retryable, severity, category exceptions");
Console.WriteLine($"GamePlatform 473: HTTP {GamePlatformErrorCode.ServiceUnavailable.GetHttpStatus()}; 2001: HTTP {GamePlatformErrorCode.ServerTimeout.GetHttpStatus()?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
Console.WriteLine($"Stage STAGE_AT_CAPACITY: retryable {StageErrorCode.StageAtCapacity.IsRetryable()}, severity {StageErrorCode.StageAtCapacity.GetSeverity()}");
try
{
    int sessionCode = -412; // Expired Session, in the vendor's Connection section
    throw LiveCommercePlayerException.FromCode(sessionCode, null);
}
catch (LiveCommercePlayerConnectionException error)
{
    Console.WriteLine($"caught a Connection error: {error.GetType().Name} {error.Code} {error.Message}");
}

Heading("A string-coded catalog: PostgreSQL's SQLSTATE");
string sqlstate = "23505"; // as a PostgreSQL server reports it
if (PostgresSqlstateErrorCodes.TryFromCode(sqlstate, out PostgresSqlstateErrorCode state))
{
    Console.WriteLine($"{sqlstate}: {state} name {state.GetName()}, category \"{state.GetCategory()}\", severity {state.GetSeverity()}, code back {state.GetCode()}");
}

// Texts as they may arrive at run time; written as constants in these calls, the analyzer would flag both (EC2001).
string lowerCased = "42p01";
string newerThanTheCatalog = "ZZ999";
Console.WriteLine($"TryFromCode(\"{lowerCased}\"): {PostgresSqlstateErrorCodes.TryFromCode(lowerCased, out _)} (codes are compared exactly: 42P01 is upper case)");
try
{
    throw PostgresSqlstateException.FromCode("40P01", "deadlock detected");
}
catch (ErrorCodeException error)
{
    Console.WriteLine($"caught {error.GetType().Name}: code {error.CodeText} (numeric {error.IsNumericCode}), {error.ErrorName}, {error.Category}, severity {error.Severity}: {error.Message}");
}

PostgresSqlstateException unknownState = PostgresSqlstateException.FromCode(newerThanTheCatalog, null);
Console.WriteLine($"FromCode(\"{newerThanTheCatalog}\"): IsKnown {unknownState.IsKnown}, CodeText {unknownState.CodeText}, Message \"{unknownState.Message}\"");

Heading("SQL Server: a catalog in the printf style");
// The csproj lists sql-server-errors.csv with ErrorCodesPlaceholderStyle="printf". A %.*ls takes two parameters, in
// C's order: the length (an int), then the string, cut to that length; a %d takes an integer.
string objectName = "dbo.CustomerOrderHistoryArchive";
Console.WriteLine(SqlServerErrorsErrorCodes.FormatError208(objectName.Length, objectName));
Console.WriteLine(SqlServerErrorsErrorCodes.FormatError193(12, objectName, 128));
// SQL Server's own %S_MSG is not C printf: it stays text (warning EC1033 at its cell); the rest is filled.
Console.WriteLine(SqlServerErrorsErrorCodes.FormatError103(objectName.Length, objectName, 128));
SqlServerErrorsException invalidObject = SqlServerErrorsException.Create(SqlServerErrorsErrorCode.Error208, SqlServerErrorsErrorCodes.FormatError208(objectName.Length, objectName));
Console.WriteLine($"{invalidObject.Domain} {invalidObject.Code}: {invalidObject.Message}");

// A wrong code written in the source is caught as it is typed. Without the pragma, the build reports on 250999:
// warning EC2001: 250999 is not a defined LiveStation error code; no defined code is one typo away; check the number, or add its row to the catalog
// and the sample's warnings-as-errors build fails.
#pragma warning disable EC2001
Console.WriteLine($"IsDefined(250999): {LiveStationErrorCodes.IsDefined(250999)}");
#pragma warning restore EC2001

static void Heading(string title)
{
    Console.WriteLine();
    Console.WriteLine("== " + title);
}
