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
    long UpdationTime);
