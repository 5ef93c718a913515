using Microsoft.Extensions.Logging;

namespace EnteTui.LocalServer.Http;

/// <summary>
/// museum's `logBadRedirect`: a download path answers with a 307 to object storage, and an
/// `X-Auth-Token` header there may follow it; museum logs it as critical. Here it is also counted
/// (<see cref="ServerStats.TokenHeadersOnDownloads"/>), whatever the answer, so tests can assert zero.
/// </summary>
internal sealed class DownloadTokenWatch(RequestDelegate next, ServerStats stats, ILogger<DownloadTokenWatch> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if ((path.StartsWith("/files/download/", StringComparison.Ordinal) || path.StartsWith("/files/preview/", StringComparison.Ordinal))
            && context.Request.Headers.ContainsKey(AuthFilters.TokenHeader))
        {
            stats.CountTokenHeaderOnDownload();
            logger.LogError("critical: sending token to another service ({Path})", path);
        }

        return next(context);
    }
}
