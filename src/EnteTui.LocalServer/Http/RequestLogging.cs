using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace EnteTui.LocalServer.Http;

/// <summary>
/// The server's one request log line: method, path, the query with every value outside
/// <see cref="PlainKeys"/> redacted (`?token=`, `X-Signature`, codes never reach a log), status and
/// time. ASP.NET Core's own request logging, which prints raw URLs, is filtered off in ServerApp.
/// </summary>
internal sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public const string Redacted = "[redacted]";

    private static readonly HashSet<string> PlainKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "sinceTime", "collectionID", "fileID", "count", "limit", "partNumber", "X-Expires",
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation(
                "{Method} {Path}{Query} -> {Status} in {Elapsed:F1} ms",
                context.Request.Method,
                context.Request.Path,
                Scrub(context.Request.Query),
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public static string Scrub(IQueryCollection query) =>
        query.Count == 0
            ? ""
            : "?" + string.Join('&', query.Select(pair => $"{pair.Key}={(PlainKeys.Contains(pair.Key) ? pair.Value.ToString() : Redacted)}"));
}
