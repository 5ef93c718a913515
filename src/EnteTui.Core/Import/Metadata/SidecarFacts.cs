namespace EnteTui.Core.Import.Metadata;

/// <summary>
/// The sidecar values the importer uses (takeout-notes §2.1). Times are epoch seconds. Trade-off: the
/// times are kept without <see cref="Nullable{T}"/>'s flag word (an unknown time is
/// <see cref="long.MinValue"/>), as a plan of a million copies holds one of these per copy; the
/// properties read as nullable values all the same. Places are the scan's own <see cref="GeoPoint"/>
/// objects, shared, never copied.
/// </summary>
public sealed record SidecarFacts
{
    private const long Unknown = long.MinValue;
    private readonly long photoTakenTime = Unknown;
    private readonly long creationTime = Unknown;
    private readonly long modificationTime = Unknown;

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>`photoTakenTime.timestamp`; null or 0 = unknown.</summary>
    public long? PhotoTakenTime { get => Known(photoTakenTime); init => photoTakenTime = value ?? Unknown; }

    /// <summary>`creationTime.timestamp`: the upload time to Google, a last resort only.</summary>
    public long? CreationTime { get => Known(creationTime); init => creationTime = value ?? Unknown; }

    /// <summary>`photoLastModifiedTime` / `modificationTime` of older exports.</summary>
    public long? ModificationTime { get => Known(modificationTime); init => modificationTime = value ?? Unknown; }

    public GeoPoint? GeoData { get; init; }

    public GeoPoint? GeoDataExif { get; init; }

    public bool Favorited { get; init; }

    public bool Archived { get; init; }

    public bool Trashed { get; init; }

    /// <summary>
    /// Borrowed from another item (an edited copy, a motion video): it gives date and place only;
    /// title, caption and favorite come only from a file's own sidecar.
    /// </summary>
    public SidecarFacts AsBorrowed() => new()
    {
        PhotoTakenTime = PhotoTakenTime,
        CreationTime = CreationTime,
        ModificationTime = ModificationTime,
        GeoData = GeoData,
        GeoDataExif = GeoDataExif,
    };

    private static long? Known(long value) => value == Unknown ? null : value;
}
