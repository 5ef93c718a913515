using System.Globalization;
using Microsoft.Extensions.Logging;

namespace EnteTui.LocalServer.Faults;

/// <summary>Applies added latency and injected faults before a request reaches its endpoint.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector injector, ILogger<FaultMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(AdminPaths.Prefix, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var latency = injector.LatencyFor(path);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, injector.Time, context.RequestAborted);
        }

        var fault = injector.Decide(path);
        if (fault is { } kind)
        {
            logger.LogInformation("Injecting {Fault} into {Method} {Path}", kind, context.Request.Method, path);
        }

        switch (fault)
        {
            case FaultKind.TooManyRequests:
                context.Response.Headers.RetryAfter = injector.Options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await JsonResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, new ApiErrorShape("Rate limit breached, try later"));
                return;
            case FaultKind.ServerError:
                await JsonResponses.WriteAsync(context, StatusCodes.Status500InternalServerError, new System.Text.Json.Nodes.JsonObject());
                return;
            case FaultKind.ConnectionReset:
                context.Abort();
                return;
            case FaultKind.TruncatedBody:
                await TruncatingBody.RunAsync(context, next);
                return;
            default:
                await next(context);
                return;
        }
    }

    private sealed record ApiErrorShape(string Error);
}
