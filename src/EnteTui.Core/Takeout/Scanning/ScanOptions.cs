namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Scan settings: the zone for wall-clock times without offset (null = UTC), the edit suffixes,
/// whether to read EXIF for media without a sidecar date, and how many parts to read at once.
/// </summary>
public sealed record ScanOptions
{
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>The clock that bounds the year of a date in a file name (next year at the latest).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public EditSuffixes EditSuffixes { get; init; } = EditSuffixes.Default;

    public bool ReadExif { get; init; } = true;

    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);
}
