using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using ErrorCodes.Tests.Infrastructure;
using ErrorCodes.Tests.Placeholders;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// A real string-coded cloud catalog: the errors of Amazon DynamoDB's service model (TestData/dynamodb-errors.csv,
/// from botocore), with the HTTP status and retry decision of the AWS SDK. Generated, compiled and run: every row,
/// the way a wire error reaches the enum, the exception, JSON, and the analyzer on this catalog's codes.
/// </summary>
public class DynamoDbCatalogTests
{
    private const string Namespace = "Vendor.Aws";

    private static readonly string CatalogText = System.IO.File.ReadAllText(CatalogCells.TestDataPath("dynamodb-errors.csv"));

    private static readonly Catalog DynamoDb = new("/src/errors/dynamodb-errors.csv", CatalogText, Domain: "DynamoDb", Namespace: Namespace, CodeType: "string");

    /// <summary>The catalog in the analyzer's tests, in namespace TestApp (kept in a field: the generated code is cached per list).</summary>
    private static readonly IReadOnlyList<Catalog> ForAnalyzer = new[] { DynamoDb with { Namespace = null } };

    /// <summary>What a user writes around the generated API when a DynamoDB call fails.</summary>
    private const string Probe = """
        using System.Text.Json;
        using Vendor.Aws;

        internal static class Probe
        {
            // DynamoDB's JSON error body names the error as "<namespace>#<code>" in "__type", sometimes with a
            // ":<uri>" after it; the code is read as botocore reads it. Most errors say "message", some "Message".
            public static string FromWire(string body)
            {
                using JsonDocument document = JsonDocument.Parse(body);
                JsonElement root = document.RootElement;
                string type = root.GetProperty("__type").GetString()!;
                int colon = type.IndexOf(':');
                if (colon >= 0)
                {
                    type = type.Substring(0, colon);
                }

                string code = type.Substring(type.LastIndexOf('#') + 1);
                string? message = root.TryGetProperty("message", out JsonElement text) || root.TryGetProperty("Message", out text) ? text.GetString() : null;
                DynamoDbException error = DynamoDbException.FromCode(code, message);
                return error.CodeText + "|" + error.IsKnown + "|" + error.HttpStatus + "|" + error.IsRetryable + "|" + error.Message;
            }

            public static bool ShouldRetry(string code)
                => DynamoDbErrorCodes.TryFromCode(code, out DynamoDbErrorCode error) && error.IsRetryable();

            public static string Serialize(DynamoDbErrorCode code) => JsonSerializer.Serialize(code);

            public static DynamoDbErrorCode Deserialize(string json) => JsonSerializer.Deserialize<DynamoDbErrorCode>(json);
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() => GeneratorHarness.CompileAndLoad(new[] { DynamoDb }, Probe));

    private static GeneratedDomain Domain => GeneratedDomain.Find(Compiled.Value, Namespace, "DynamoDb");

    private static IReadOnlyList<Dictionary<string, string>> Rows => CatalogCells.Read(CatalogCells.TestDataPath("dynamodb-errors.csv"));

    private static object? CallProbe(string method, params object?[] arguments)
        => Compiled.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture);

    [Fact]
    public void The_catalog_generates_without_a_diagnostic()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { DynamoDb });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(34, Rows.Count);
    }

    [Fact]
    public void Every_row_round_trips_with_the_vendors_text_status_and_retry_decision()
    {
        GeneratedDomain domain = Domain;
        foreach (Dictionary<string, string> row in Rows)
        {
            string code = row["code"];
            Assert.True(domain.TryFromCode(code, out object value), code);
            Assert.Equal(code, domain.GetCode(value));
            Assert.Equal(row["name"], domain.GetName(value));
            // The model's documentation, HTML and all, exactly; with no message column it is also the message.
            Assert.Equal(row["description"], domain.GetDescription(value));
            Assert.Equal(row["description"], domain.GetMessage(value));
            Assert.Equal(int.Parse(row["http_status"], CultureInfo.InvariantCulture), domain.GetHttpStatus(value));
            Assert.Equal(row["retryable"] == "true", domain.IsRetryable(value));
        }

        Assert.Equal(34, domain.All.Count);
    }

    [Fact]
    public void A_members_summary_does_not_repeat_a_code_that_is_its_name()
    {
        string source = GeneratorHarness.Generate(new[] { DynamoDb }).Sources.Values.Single();

        Assert.Contains("/// <summary>ThrottlingException</summary>", source, StringComparison.Ordinal);
        Assert.DoesNotContain("(<c>ThrottlingException</c>)", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Member_names_are_the_vendors_error_names()
    {
        Assert.Equal(Rows.Select(row => row["name"]), Domain.MemberNames);
    }

    [Fact]
    public void The_SDKs_retried_errors_are_the_retryable_rows()
    {
        // botocore's standard retry mode: its throttling codes, the model's own "retryable" trait
        // (ReplicatedWriteConflictException) and the server fault (HTTP 500).
        string[] retryable = Rows.Where(row => row["retryable"] == "true").Select(row => row["code"]).ToArray();
        Assert.Equal(
            new[]
            {
                "InternalServerError", "LimitExceededException", "ProvisionedThroughputExceededException",
                "ReplicatedWriteConflictException", "RequestLimitExceeded", "ThrottlingException", "TransactionInProgressException",
            },
            retryable);
        Assert.Equal(new[] { "InternalServerError" }, Rows.Where(row => row["http_status"] == "500").Select(row => row["code"]));

        // The model gives no status; botocore's _retry.json matches the write conflict with 409.
        Assert.Equal(409, Domain.GetHttpStatus(Domain.Member("ReplicatedWriteConflictException")));
        Assert.Equal(new[] { "400", "409", "500" }, Rows.Select(row => row["http_status"]).Distinct().OrderBy(status => status, StringComparer.Ordinal));
        Assert.True((bool)CallProbe("ShouldRetry", "ProvisionedThroughputExceededException")!);
        Assert.False((bool)CallProbe("ShouldRetry", "ConditionalCheckFailedException")!);
        Assert.False((bool)CallProbe("ShouldRetry", "SomethingNew")!);
    }

    [Theory]
    [InlineData("conditionalCheckFailedException")]
    [InlineData("ConditionalCheckFailed")]
    [InlineData("com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException")]
    [InlineData("ConditionalCheckFailedException ")]
    [InlineData("ValidationException")]
    public void Other_text_is_not_a_code(string text)
    {
        Assert.False(Domain.IsDefinedCode(text));
        Assert.False(Domain.TryFromCode(text, out _));
    }

    [Fact]
    public void A_wire_error_becomes_the_catalogs_exception_with_the_servers_message()
    {
        string conditional = (string)CallProbe("FromWire", """{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}""")!;
        Assert.Equal("ConditionalCheckFailedException|True|400|False|The conditional request failed", conditional);

        // A shape whose member is "Message", and a type with the ":<uri>" suffix botocore drops.
        string inProgress = (string)CallProbe("FromWire", """{"__type":"com.amazonaws.dynamodb.v20120810#TransactionInProgressException:http://internal.amazon.com/coral/com.amazonaws.dynamodb.v20120810/","Message":"Transaction is in progress"}""")!;
        Assert.Equal("TransactionInProgressException|True|400|True|Transaction is in progress", inProgress);

        // Without the server's text, the message is the catalog's: the model's documentation, HTML as AWS wrote it.
        string bare = (string)CallProbe("FromWire", """{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException"}""")!;
        Assert.Equal("ConditionalCheckFailedException|True|400|False|<p>A condition specified in the operation failed to be evaluated.</p>", bare);

        string known = (string)CallProbe("FromWire", """{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"Rate of requests exceeds the allowed throughput."}""")!;
        Assert.Equal("ProvisionedThroughputExceededException|True|400|True|Rate of requests exceeds the allowed throughput.", known);

        // A code the catalog does not know (a common error such as ValidationException) keeps the server's text.
        string unknown = (string)CallProbe("FromWire", """{"__type":"com.amazon.coral.validate#ValidationException","message":"1 validation error detected"}""")!;
        Assert.Equal("ValidationException|False||False|1 validation error detected", unknown);
    }

    [Fact]
    public void JSON_writes_and_reads_the_code()
    {
        object throttling = Domain.Member("ThrottlingException");

        Assert.Equal("\"ThrottlingException\"", CallProbe("Serialize", throttling));
        Assert.Equal(throttling, CallProbe("Deserialize", "\"ThrottlingException\""));
    }

    [Fact]
    public async Task The_analyzer_checks_this_catalogs_codes_as_they_are_typed()
    {
        await AnalyzerVerifier.VerifyAsync(
            AnalyzerVerifier.UserClass("""
                public object[] M(DynamoDbException ex) => new object[]
                {
                    DynamoDbErrorCodes.IsDefined({|#0:"ConditionalCheckFailedExeption"|}),
                    ex.CodeText == {|#1:"ThrottlingException"|},
                    ex.CodeText == {|#2:"throttlingException"|},
                    DynamoDbErrorCodes.IsDefined("ResourceNotFoundException"),
                };
                """),
            ForAnalyzer,
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(0)
                .WithMessage("\"ConditionalCheckFailedExeption\" is not a defined DynamoDb error code; did you mean \"ConditionalCheckFailedException\"?"),
            AnalyzerVerifier.StringCodeAsText(1, "ThrottlingException", "DynamoDbErrorCode.ThrottlingException"),
            AnalyzerVerifier.Diagnostic("EC2001").WithLocation(2)
                .WithMessage("\"throttlingException\" is not a defined DynamoDb error code; codes are case-sensitive; did you mean \"ThrottlingException\"?"));
    }
}
