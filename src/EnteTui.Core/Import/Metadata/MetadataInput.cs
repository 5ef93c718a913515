namespace EnteTui.Core.Import.Metadata;

/// <summary>Everything known about one upload item before its metadata JSON is written.</summary>
public sealed record MetadataInput
{
    /// <summary>The media file's own name (for a live photo, the image's).</summary>
    public required string FileName { get; init; }

    public required EnteFileType FileType { get; init; }

    /// <summary>`hash` (for a live photo `imageHash:videoHash`).</summary>
    public required string Hash { get; init; }

    /// <summary>The file's sidecar; a borrowed one must already be reduced with <see cref="SidecarFacts.AsBorrowed"/>.</summary>
    public SidecarFacts? Sidecar { get; init; }

    public MediaFacts Media { get; init; } = MediaFacts.None;

    /// <summary>Facts of a live photo's video part (duration, fallback date and place).</summary>
    public MediaFacts? VideoMedia { get; init; }

    /// <summary>The year (January 1) or day of a year or day folder holding a copy of the item.</summary>
    public DateOnly? FolderDate { get; init; }

    public bool HasStaticThumbnail { get; init; }

    /// <summary>Pixel size of the decoded image, when a thumbnail was made from it.</summary>
    public int? Width { get; init; }

    public int? Height { get; init; }
}
