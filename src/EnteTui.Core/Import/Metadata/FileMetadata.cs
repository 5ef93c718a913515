namespace EnteTui.Core.Import.Metadata;

/// <summary>The immutable metadata of an uploaded file (spec §4.6, §5.5) plus its public magic metadata.</summary>
public sealed record FileMetadata
{
    public required int FileType { get; init; }

    public required string Title { get; init; }

    /// <summary>Epoch microseconds.</summary>
    public required long CreationTime { get; init; }

    public required long ModificationTime { get; init; }

    public required string Hash { get; init; }

    public int? Duration { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public bool HasStaticThumbnail { get; init; }

    public DateSource DateSource { get; init; }

    /// <summary>Public magic metadata keys (`caption`, `w`, `h`, `dateTime`, `offsetTime`, camera); empty = none.</summary>
    public IReadOnlyDictionary<string, object> PublicMagic { get; init; } = new Dictionary<string, object>();
}
