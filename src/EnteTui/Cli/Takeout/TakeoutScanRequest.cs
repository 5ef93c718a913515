namespace EnteTui.Cli.Takeout;

/// <summary>A validated `takeout scan` invocation.</summary>
internal sealed record TakeoutScanRequest(IReadOnlyList<string> Parts, string? JsonPath, TimeZoneInfo? TimeZone, bool UseCache, int ListLimit);
