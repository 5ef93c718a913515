using EnteTui.Core.Takeout.Sidecars;

namespace EnteTui.Core.Import.Media;

/// <summary>What the file itself says about capture time, place, size and length (EXIF, QuickTime).</summary>
public sealed record MediaFacts
{
    public static MediaFacts None { get; } = new();

    /// <summary>EXIF DateTimeOriginal (or DateTimeDigitized / DateTime), as written: no zone.</summary>
    public DateTime? DateTimeOriginal { get; init; }

    /// <summary>EXIF OffsetTimeOriginal (`+02:00`), when present.</summary>
    public TimeSpan? OffsetTimeOriginal { get; init; }

    /// <summary>A creation instant that is already UTC (QuickTime movie header).</summary>
    public DateTimeOffset? CreationInstant { get; init; }

    public GeoPoint? Gps { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>EXIF orientation 1..8.</summary>
    public int? Orientation { get; init; }

    public string? CameraMake { get; init; }

    public string? CameraModel { get; init; }

    public double? DurationSeconds { get; init; }
}
