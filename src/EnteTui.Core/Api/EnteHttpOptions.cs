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

    /// <summary>A streamed download that delivers no byte for this long fails (so a stalled cron run ends).</summary>
    public TimeSpan ReadIdleTimeout { get; init; } = TimeSpan.FromSeconds(90);

    public bool UseJitter { get; init; } = true;

    public string UserAgent { get; init; } = "ente-tui/1.0";

    /// <summary>
    /// Defaults, with overrides for tests and slow links: <c>ENTE_TUI_HTTP_ATTEMPTS</c>,
    /// <c>ENTE_TUI_HTTP_BASE_DELAY_MS</c>, <c>ENTE_TUI_HTTP_MAX_DELAY_MS</c>, <c>ENTE_TUI_HTTP_TIMEOUT_S</c>.
    /// </summary>
    public static EnteHttpOptions FromEnvironment(Func<string, string?> getVariable)
    {
        var options = new EnteHttpOptions();
        int? Read(string name) => int.TryParse(getVariable(name), out var value) && value >= 0 ? value : null;
        return options with
        {
            MaxAttempts = Read("ENTE_TUI_HTTP_ATTEMPTS") is { } attempts ? Math.Max(1, attempts) : options.MaxAttempts,
            BaseDelay = Read("ENTE_TUI_HTTP_BASE_DELAY_MS") is { } baseMs ? TimeSpan.FromMilliseconds(baseMs) : options.BaseDelay,
            MaxDelay = Read("ENTE_TUI_HTTP_MAX_DELAY_MS") is { } maxMs ? TimeSpan.FromMilliseconds(maxMs) : options.MaxDelay,
            AttemptTimeout = Read("ENTE_TUI_HTTP_TIMEOUT_S") is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : options.AttemptTimeout,
        };
    }
}
