using ErrorCodes;
using Microsoft.AspNetCore.Diagnostics;

namespace WebSample;

/// <summary>
/// A minimal API over a fake vendor client. Vendor errors travel as generated exceptions; one exception handler turns
/// them into RFC 9457 Problem Details with the status, title, help link and code the catalog gives.
/// </summary>
public static class Program
{
    /// <summary>Runs the API on the URL given as the first argument, or http://127.0.0.1:5080.</summary>
    /// <param name="args">An optional URL.</param>
    public static void Main(string[] args) => CreateApp(args.Length > 0 ? args[0] : "http://127.0.0.1:5080").Run();

    /// <summary>Builds the application bound to <paramref name="url"/> (port 0 picks a free port).</summary>
    /// <param name="url">The URL to listen on.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication CreateApp(string url)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Services.AddSingleton<FakeVendorClient>();
        builder.Logging.ClearProviders();

        WebApplication app = builder.Build();
        app.UseExceptionHandler(handler => handler.Run(WriteProblem));

        app.MapGet("/channels/{id}", (string id, FakeVendorClient vendor) => vendor.GetChannel(id));
        app.MapPost("/channels", (string title, FakeVendorClient vendor) => vendor.CreateChannel(title));
        return app;
    }

    /// <summary>The one place where vendor errors become HTTP responses.</summary>
    private static Task WriteProblem(HttpContext context)
    {
        Exception? error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is StreamVendorException vendorError)
        {
            var problem = vendorError.ToProblemDetails();
            if (vendorError.IsRetryable)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            return Results.Problem(problem).ExecuteAsync(context);
        }

        return Results.Problem(title: "An unexpected error occurred.", statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context);
    }
}
