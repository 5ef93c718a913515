namespace EnteTui.Tui.Screens.Albums;

/// <summary>An album as the album list shows it; <see cref="ExportedCount"/> is how many of its files the export folder holds.</summary>
public sealed record AlbumInfo(
    long Id,
    string Name,
    int FileCount,
    long? SizeBytes,
    bool IsMine,
    string? OwnerEmail,
    bool IsHidden,
    bool IsArchived,
    DateTimeOffset? LastExported,
    int ExportedCount = 0);
