namespace EnteTui.LocalServer.Fixtures;

/// <summary>A file of a collection, metadata and public magic metadata decrypted (times in epoch µs).</summary>
public sealed record FileSummary(
    long Id,
    long OwnerId,
    string Title,
    int FileType,
    long CreationTime,
    string Hash,
    string? EditedName,
    long? EditedTime,
    string? Caption,
    long UpdationTime)
{
    /// <summary>The effective location: the edited `lat`/`long`, else the metadata's; null when neither.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>Public magic metadata `offsetTime` (`±HH:mm`).</summary>
    public string? OffsetTime { get; init; }
}
