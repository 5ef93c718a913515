namespace EnteTui.Fixtures;

/// <summary>The EXIF tags fixtures write (dates as `yyyy:MM:dd HH:mm:ss`, offsets as `+02:00`, sub-seconds as digits).</summary>
public sealed record ExifData
{
    /// <summary>IFD0 DateTime (the modification date).</summary>
    public string? DateTime { get; init; }

    public string? OffsetTime { get; init; }

    public string? SubSecTime { get; init; }

    public string? DateTimeOriginal { get; init; }

    public string? OffsetTimeOriginal { get; init; }

    public string? SubSecTimeOriginal { get; init; }

    public string? DateTimeDigitized { get; init; }

    public string? OffsetTimeDigitized { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public int? Orientation { get; init; }

    public string? Make { get; init; }

    public string? Model { get; init; }

    /// <summary>Only DateTimeOriginal (and its offset), as most test photos need.</summary>
    public static ExifData Taken(System.DateTime taken, string? offset = null) => new()
    {
        DateTimeOriginal = taken.ToString("yyyy:MM:dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        OffsetTimeOriginal = offset,
    };
}
