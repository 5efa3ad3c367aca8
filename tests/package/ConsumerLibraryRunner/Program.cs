using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ConsumerJsonLibrary;
using ConsumerLibrary;
using Platform = Consumer.Platform.GamePlatformErrorCode;

// Fixed cultures so that the output does not depend on the machine that runs the check.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// ConsumerLibrary: the generated API called from C# 7.3 code compiled for netstandard2.0.
Console.WriteLine($"describe 250100: {ErrorDescriber.Describe(250100)}");
Console.WriteLine($"describe 1: {ErrorDescriber.Describe(1)}");
Console.WriteLine($"describe in Korean: {ErrorDescriber.DescribeInKorean(ConsumerLibrary.StationErrorCode.ChannelNotFound)}");
var notFound = ErrorDescriber.NotFound("channel");
Console.WriteLine($"not found: {notFound.GetType().Name} {notFound.Code}: {notFound.Message}");
Console.WriteLine($"platform code of a platform exception: {ErrorDescriber.PlatformCodeOf(Consumer.Platform.GamePlatformException.Create(Platform.NotExistData))}");
Console.WriteLine($"platform code of another exception: {ErrorDescriber.PlatformCodeOf(new InvalidOperationException())}");
Console.WriteLine($"parameter type error: {ErrorDescriber.ParameterTypeError("size", "Int32")}");
Console.WriteLine($"from server, known: {ErrorDescriber.FromServer(250100, null!)}");
Console.WriteLine($"from server, unknown: {ErrorDescriber.FromServer(259999, "server text")}");
ConsumerLibrary.VendorException missingTable = ErrorDescriber.MissingTable("users");
Console.WriteLine($"own exception: {missingTable.GetType().BaseType!.Name} {missingTable.ErrorCode} {(int)missingTable.ErrorCode} {missingTable.ErrorCode.GetCategory()}: {missingTable.Message}");

// ConsumerJsonLibrary: the generated converter compiled against System.Text.Json's netstandard2.0 API.
Console.WriteLine($"read a number: {Replies.CodeOf("{\"Code\":406}")}");
Console.WriteLine($"read a vendor name: {Replies.CodeOf("{\"Code\":\"NotExistData\"}")}");
Console.WriteLine($"read an unknown number: {(int)Replies.CodeOf("{\"Code\":123456}")}");
try
{
    Replies.CodeOf("{\"Code\":\"NoSuchCode\"}");
    Console.WriteLine("read an unknown name: no exception");
}
catch (JsonException)
{
    Console.WriteLine("read an unknown name: JsonException");
}

Console.WriteLine($"write: {Replies.Write(ConsumerJsonLibrary.GamePlatformErrorCode.NotExistData)}");
Console.WriteLine($"write counts: {Replies.WriteCounts(new Dictionary<ConsumerJsonLibrary.GamePlatformErrorCode, int> { [ConsumerJsonLibrary.GamePlatformErrorCode.NotExistData] = 2 })}");

// ConsumerJsonLibrary's Vendor catalog sets ErrorCodesJsonConverter="false": a plain enum to System.Text.Json.
Console.WriteLine($"plain enum, write: {Replies.WriteVendor(ConsumerJsonLibrary.VendorErrorCode.NoSuchTable)}");
Console.WriteLine($"plain enum, read a number: {Replies.VendorCodeOf("{\"Code\":1146}")}");
try
{
    Replies.VendorCodeOf("{\"Code\":\"NO_SUCH_TABLE\"}");
    Console.WriteLine("plain enum, read a vendor name: no exception");
}
catch (JsonException)
{
    Console.WriteLine("plain enum, read a vendor name: JsonException");
}
