using ErrorCodes;
using Microsoft.AspNetCore.Diagnostics;

namespace WebSample;

/// <summary>
/// A minimal API over a fake vendor client. Vendor errors travel as generated exceptions; one exception handler turns
/// them into RFC 9457 Problem Details with what the catalog gives: the status, the vendor's name of the code as
/// <c>title</c> (the same for every occurrence), the occurrence's message as <c>detail</c>, the help link and the code.
/// </summary>
public static partial class Program
{
    /// <summary>
    /// Runs the API. The address comes the way ASP.NET Core takes it: <c>--urls</c> on the command line, then the
    /// <c>ASPNETCORE_URLS</c> variable (set by the launch profile to http://127.0.0.1:5080), then Kestrel's default.
    /// </summary>
    /// <param name="args">The command line, read as configuration (for example <c>--urls http://127.0.0.1:5391</c>).</param>
    public static void Main(string[] args) => CreateApp(args).Run();

    /// <summary>Builds the application from the command line and the environment (port 0 in a URL picks a free port).</summary>
    /// <param name="args">The command line, read as configuration.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication CreateApp(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddSingleton<FakeVendorClient>();
        // The host's own lines ("Now listening on ...") at Information, everything else from Warning up. The exception
        // handler middleware logs every exception it hands to the handler below, vendor errors included, with a stack
        // trace each; in this sample they are the expected answers, so its entries are off, and WriteProblem logs the
        // unexpected ones itself.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);

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

        LogUnexpectedError(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Program)), error, context.Request.Path.Value);
        return Results.Problem(title: "An unexpected error occurred.", statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error while handling {Path}")]
    private static partial void LogUnexpectedError(ILogger logger, Exception? exception, string? path);
}
