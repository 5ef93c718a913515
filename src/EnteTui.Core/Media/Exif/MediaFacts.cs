namespace EnteTui.Core.Media.Exif;

/// <summary>What a file itself says about capture time, place, camera and length (EXIF, QuickTime).</summary>
public sealed record MediaFacts
{
    public static MediaFacts None { get; } = new();

    /// <summary>The EXIF capture date: DateTimeOriginal, else DateTimeDigitized, else DateTime, each with its own offset and sub-seconds.</summary>
    public CapturedExif? Exif { get; init; }

    /// <summary>The QuickTime/MP4 movie header's creation time (UTC).</summary>
    public DateTimeOffset? MovieCreated { get; init; }

    /// <summary>EXIF GPS, signed by its N/S and E/W references; 0,0 and impossible values are no place.</summary>
    public GeoPoint? Gps { get; init; }

    public string? CameraMake { get; init; }

    public string? CameraModel { get; init; }

    public double? DurationSeconds { get; init; }

    /// <summary>The capture date the file holds: EXIF, else the movie's creation time.</summary>
    public CapturedExif? CaptureDate => Exif ?? (MovieCreated is { } created ? new CapturedExif(DateTime.SpecifyKind(created.UtcDateTime, DateTimeKind.Unspecified), TimeSpan.Zero) : null);
}
