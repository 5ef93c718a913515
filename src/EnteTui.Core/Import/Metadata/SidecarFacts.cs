using EnteTui.Core.Import.Media;

namespace EnteTui.Core.Import.Metadata;

/// <summary>The sidecar values the importer uses (takeout-notes §2.1). Times are epoch seconds.</summary>
public sealed record SidecarFacts
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>`photoTakenTime.timestamp`; null or 0 = unknown.</summary>
    public long? PhotoTakenTime { get; init; }

    /// <summary>`creationTime.timestamp`: the upload time to Google, a last resort only.</summary>
    public long? CreationTime { get; init; }

    /// <summary>`photoLastModifiedTime` / `modificationTime` of older exports.</summary>
    public long? ModificationTime { get; init; }

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
}
