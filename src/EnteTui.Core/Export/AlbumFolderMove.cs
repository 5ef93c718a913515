namespace EnteTui.Core.Export;

/// <summary>One album folder rename of a run: where it was, where it goes, the album_meta.json and state record it gets there.</summary>
public sealed record AlbumFolderMove(long Id, string From, string To, byte[] AlbumMeta, ExportedAlbum Record);
