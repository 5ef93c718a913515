namespace EnteTui.Fixtures;

/// <summary>The EXIF tags fixtures write.</summary>
public sealed record ExifData
{
    /// <summary>`yyyy:MM:dd HH:mm:ss`.</summary>
    public string? DateTimeOriginal { get; init; }

    /// <summary>`+02:00`.</summary>
    public string? OffsetTimeOriginal { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public int? Orientation { get; init; }

    public string? Make { get; init; }

    public string? Model { get; init; }
}
