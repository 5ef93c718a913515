namespace EnteTui.LocalServer.Faults;

/// <summary>
/// Random faults and added latency for reliability tests. Rates are probabilities per request
/// (0..1), drawn from an RNG seeded with <see cref="Seed"/>, so a run is reproducible. Paths are
/// request-path prefixes ("/files/download", "/blobs"); the admin surface is never faulted.
/// </summary>
public sealed record FaultOptions
{
    public static FaultOptions None { get; } = new();

    /// <summary>Share of requests answered 429 with `Retry-After`.</summary>
    public double TooManyRequestsRate { get; init; }

    /// <summary>Share of requests answered 500 `{}`.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Share of requests whose connection is reset before any answer.</summary>
    public double ConnectionResetRate { get; init; }

    /// <summary>Value of the `Retry-After` header (seconds) on injected 429s.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Delay added before every request is handled (faulted or not).</summary>
    public TimeSpan Latency { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Only these path prefixes get random faults and latency; empty means every path.</summary>
    public IReadOnlyList<string> IncludePaths { get; init; } = [];

    /// <summary>These path prefixes never get random faults or latency.</summary>
    public IReadOnlyList<string> ExcludePaths { get; init; } = [];

    public bool IsActive => TooManyRequestsRate > 0 || ServerErrorRate > 0 || ConnectionResetRate > 0 || Latency > TimeSpan.Zero;
}
