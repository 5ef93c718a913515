namespace EnteTui.LocalServer;

/// <summary>Counters tests assert on (also `GET /__admin/stats`). Thread-safe.</summary>
public sealed class ServerStats
{
    private long tokenHeadersOnDownloads;
    private long rateLimitedRequests;

    /// <summary>
    /// Requests to `/files/download/*` or `/files/preview/*` that carried `X-Auth-Token`. museum logs each
    /// as "critical: sending token to another service"; Ente's clients send `?token=` there instead.
    /// </summary>
    public long TokenHeadersOnDownloads => Interlocked.Read(ref tokenHeadersOnDownloads);

    /// <summary>Requests answered 429 by the auth rate limit (not by injected faults).</summary>
    public long RateLimitedRequests => Interlocked.Read(ref rateLimitedRequests);

    internal void CountTokenHeaderOnDownload() => Interlocked.Increment(ref tokenHeadersOnDownloads);

    internal void CountRateLimited() => Interlocked.Increment(ref rateLimitedRequests);
}
