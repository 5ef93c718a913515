namespace EnteTui.Tui.Screens.Albums;

/// <summary>An album as the album list shows it.</summary>
public sealed record AlbumInfo(
    long Id,
    string Name,
    int FileCount,
    long? SizeBytes,
    bool IsMine,
    string? OwnerEmail,
    bool IsHidden,
    bool IsArchived,
    DateTimeOffset? LastExported);
