namespace EnteTui.LocalServer.Fixtures;

/// <summary>A collection as its owner or sharee sees it, name decrypted. Visibility: 0 visible, 1 archived, 2 hidden.</summary>
public sealed record AlbumSummary(long Id, string Name, string Type, long OwnerId, bool IsDeleted, int Visibility, long UpdationTime, int FileCount);
