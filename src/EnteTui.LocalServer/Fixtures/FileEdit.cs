namespace EnteTui.LocalServer.Fixtures;

/// <summary>
/// Public magic metadata edits, as Ente's apps write them (spec §4.6): set fields replace, null
/// fields stay as they are; other keys are kept.
/// </summary>
public sealed record FileEdit
{
    public string? Caption { get; init; }

    /// <summary>A new name (`editedName`).</summary>
    public string? EditedName { get; init; }

    /// <summary>A new capture time (`editedTime`, epoch µs).</summary>
    public DateTimeOffset? EditedTime { get; init; }

    /// <summary>The capture place's UTC offset (`offsetTime`, `±HH:mm`), as Ente's date editor stores it.</summary>
    public string? OffsetTime { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
