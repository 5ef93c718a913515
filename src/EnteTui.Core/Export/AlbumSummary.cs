namespace EnteTui.Core.Export;

/// <summary>An album as a picker shows it: counts and sizes from the library, and how much of it the export root holds.</summary>
public sealed record AlbumSummary(
    long CollectionId,
    string Name,
    int FileCount,
    long EncryptedBytes,
    bool IsHidden,
    bool IsArchived,
    bool IsShared,
    int ExportedCount,
    string? ExportFolder);
