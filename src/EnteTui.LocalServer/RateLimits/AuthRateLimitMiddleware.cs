namespace EnteTui.LocalServer.RateLimits;

/// <summary>Answers 429 `{"error":"Rate limit breached, try later"}` (no `Retry-After`) past museum's login-path limit.</summary>
internal sealed class AuthRateLimitMiddleware(RequestDelegate next, AuthRateLimiter limiter, ServerSettings settings, ServerStats stats)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var limit = settings.AuthRateLimitPerMinute;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "?";
        if (limit > 0 && AuthRateLimiter.Applies(path) && !limiter.TryAcquire(client, path, limit))
        {
            stats.CountRateLimited();
            throw ApiException.Middleware(StatusCodes.Status429TooManyRequests, "Rate limit breached, try later");
        }

        return next(context);
    }
}
