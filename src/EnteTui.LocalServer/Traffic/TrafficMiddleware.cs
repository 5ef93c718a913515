using System.Globalization;

namespace EnteTui.LocalServer.Traffic;

/// <summary>Counts the bodies of object-storage requests (`/blobs/{userId}/...`) into the <see cref="TrafficMeter"/>.</summary>
internal sealed class TrafficMiddleware(RequestDelegate next, TrafficMeter meter)
{
    private const string Prefix = "/blobs/";

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var segment = path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..].Split('/')[0] : "";
        if (!long.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            await next(context);
            return;
        }

        context.Request.Body = new CountingStream(context.Request.Body, n => meter.Count(userId, sent: false, n));
        var body = context.Response.Body;
        context.Response.Body = new CountingStream(body, n => meter.Count(userId, sent: true, n));
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }
    }
}
