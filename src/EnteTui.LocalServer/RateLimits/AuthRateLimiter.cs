namespace EnteTui.LocalServer.RateLimits;

/// <summary>
/// museum's limit on its login paths (`pkg/middleware/rate_limit.go`): a fixed one-minute window per
/// client IP and path, opened by the first request; every request counts, rejected ones too, and past
/// the limit the answer is 429 without `Retry-After`. Hand-written rather than
/// System.Threading.RateLimiting because its windows run on the real clock and tests need the fake one.
/// </summary>
internal sealed class AuthRateLimiter(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> windows = [];

    /// <summary>True when this request is within <paramref name="limit"/> for its (client, path) window.</summary>
    public bool TryAcquire(string client, string path, int limit)
    {
        var key = client + " " + path;
        var now = time.GetUtcNow();
        lock (gate)
        {
            var window = windows.TryGetValue(key, out var open) && now - open.Start < Window ? open : (Start: now, Count: 0);
            window.Count++;
            windows[key] = window;
            return window.Count <= limit;
        }
    }

    /// <summary>The paths museum limits to 10 requests a minute that a login uses.</summary>
    public static bool Applies(string path) =>
        path is "/users/ott" or "/users/verify-email"
        || path.StartsWith("/users/srp/", StringComparison.Ordinal)
        || path.StartsWith("/users/two-factor/", StringComparison.Ordinal);
}
