using EnteTui.LocalServer.Faults;

namespace EnteTui.LocalServer.Admin;

/// <summary>Body of `POST /__admin/faults` (replaces the random fault settings) and its answer.</summary>
internal sealed class AdminFaultsRequest
{
    public double TooManyRequestsRate { get; set; }

    public double ServerErrorRate { get; set; }

    public double ConnectionResetRate { get; set; }

    public int RetryAfterSeconds { get; set; } = 1;

    public int LatencyMs { get; set; }

    public int Seed { get; set; } = 1;

    public List<string> IncludePaths { get; set; } = [];

    public List<string> ExcludePaths { get; set; } = [];

    public static AdminFaultsRequest From(FaultOptions options) => new()
    {
        TooManyRequestsRate = options.TooManyRequestsRate,
        ServerErrorRate = options.ServerErrorRate,
        ConnectionResetRate = options.ConnectionResetRate,
        RetryAfterSeconds = options.RetryAfterSeconds,
        LatencyMs = (int)options.Latency.TotalMilliseconds,
        Seed = options.Seed,
        IncludePaths = [.. options.IncludePaths],
        ExcludePaths = [.. options.ExcludePaths],
    };

    public FaultOptions ToOptions() => new()
    {
        TooManyRequestsRate = TooManyRequestsRate,
        ServerErrorRate = ServerErrorRate,
        ConnectionResetRate = ConnectionResetRate,
        RetryAfterSeconds = RetryAfterSeconds,
        Latency = TimeSpan.FromMilliseconds(LatencyMs),
        Seed = Seed,
        IncludePaths = IncludePaths,
        ExcludePaths = ExcludePaths,
    };
}
