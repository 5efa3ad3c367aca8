using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The web sample served over loopback on a free port: vendor errors travel as generated exceptions and leave as
/// RFC 9457 Problem Details with the catalog's status, the code's name as title (the same for every occurrence), the
/// occurrence's message as detail, the help link and the code.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit calls DisposeAsync (IAsyncLifetime), which disposes the client and the application.")]
public sealed class WebSampleTests : IAsyncLifetime
{
    /// <summary>
    /// The most any one step (start, request, stop) may take. Generous for a loaded machine, but bounded: a server
    /// that never answers fails the test instead of holding the run until CI's own limit.
    /// </summary>
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        // The address is given as a user gives it, on the command line. Port 0: the system picks a free port, so
        // parallel runs and other services on the machine never collide.
        _app = WebSample.Program.CreateApp(new[] { "--urls", "http://127.0.0.1:0" });
        using (var start = new CancellationTokenSource(StepTimeout))
        {
            await _app.StartAsync(start.Token);
        }

        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.Matches(@"^http://127\.0\.0\.1:[1-9][0-9]*$", address);
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = StepTimeout };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            using (var stop = new CancellationTokenSource(StepTimeout))
            {
                await _app.StopAsync(stop.Token);
            }

            await _app.DisposeAsync();
        }
    }

    private async Task<(HttpResponseMessage Response, JsonElement Body)> Send(HttpMethod method, string path)
    {
        // HttpClient.Timeout bounds the request; the token bounds reading the body as well.
        using var timeout = new CancellationTokenSource(StepTimeout);
        HttpResponseMessage response = await _client!.SendAsync(new HttpRequestMessage(method, path), timeout.Token);
        string text = await response.Content.ReadAsStringAsync(timeout.Token);
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static void AssertProblem(JsonElement body, int status, string detail, string? type, int code, string name, bool known, bool retryable)
    {
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        // RFC 9457: the title names the problem type and stays the same for every occurrence; the occurrence's text is the detail.
        Assert.Equal(name, body.GetProperty("title").GetString());
        Assert.Equal(detail, body.GetProperty("detail").GetString());
        if (type is null)
        {
            // No help link of the vendor's; ASP.NET Core may fill in the link to the status code's RFC section.
            string? written = body.TryGetProperty("type", out JsonElement value) ? value.GetString() : null;
            Assert.True(written is null || written.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal), "type: " + written);
        }
        else
        {
            Assert.Equal(type, body.GetProperty("type").GetString());
        }

        Assert.Equal(code, body.GetProperty("code").GetInt32());
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.Equal("StreamVendor", body.GetProperty("domain").GetString());
        Assert.Equal(known, body.GetProperty("known").GetBoolean());
        Assert.Equal(retryable, body.GetProperty("retryable").GetBoolean());
    }

    [Fact]
    public async Task A_channel_that_exists_is_returned()
    {
        var (response, body) = await Send(HttpMethod.Get, "/channels/studio");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Studio A", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_known_code_by_vendor_name_becomes_its_status_with_the_servers_text()
    {
        var (response, body) = await Send(HttpMethod.Get, "/channels/missing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        AssertProblem(body, 404, "Channel missing is not found", "https://docs.stream-vendor.example/errors/1001", 1001, "CHANNEL_NOT_FOUND", known: true, retryable: false);
    }

    [Fact]
    public async Task A_known_code_without_server_text_gets_the_catalog_message_filled_by_the_typed_factory()
    {
        var (response, body) = await Send(HttpMethod.Get, "/channels/elsewhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertProblem(body, 404, "Channel elsewhere is not found", "https://docs.stream-vendor.example/errors/1001", 1001, "CHANNEL_NOT_FOUND", known: true, retryable: false);
    }

    [Fact]
    public async Task A_retryable_code_says_so_and_asks_to_retry_after_a_second()
    {
        var (response, body) = await Send(HttpMethod.Get, "/channels/busy");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
        AssertProblem(body, 503, "The encoder is busy. Try again later.", "https://docs.stream-vendor.example/errors/2001", 2001, "ENCODER_BUSY", known: true, retryable: true);
    }

    [Fact]
    public async Task An_unknown_server_code_keeps_its_number_and_text_and_is_a_500()
    {
        var (response, body) = await Send(HttpMethod.Get, "/channels/newer");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertProblem(body, 500, "Region quota exceeded", null, 4711, "4711", known: false, retryable: false);
    }

    [Fact]
    public async Task A_code_with_placeholders_has_them_filled()
    {
        var (response, body) = await Send(HttpMethod.Post, "/channels?title=News");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        AssertProblem(body, 409, "You can no longer create channels. Limit: 5 / Created: 5", "https://docs.stream-vendor.example/errors/1002", 1002, "CHANNEL_LIMIT", known: true, retryable: false);
    }
}
