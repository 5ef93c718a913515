namespace EnteTui.Core.Api;

/// <summary>
/// Transport settings shared by every Ente request. Defaults follow spec §6.2: exponential backoff
/// from 1 s doubling to 30 s, honouring <c>Retry-After</c>, about 4 attempts.
/// </summary>
public sealed record EnteHttpOptions
{
    /// <summary>Total tries per request, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A longer <c>Retry-After</c> is cut to this, so a cron run never sleeps for hours.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Time allowed for one attempt up to the response headers (bodies of downloads are not limited).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public bool UseJitter { get; init; } = true;

    public string UserAgent { get; init; } = "ente-tui/1.0";
}
