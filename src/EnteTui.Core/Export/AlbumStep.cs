namespace EnteTui.Core.Export;

/// <summary>Create, rename or refresh one album folder (and its album_meta.json).</summary>
public sealed record AlbumStep(long CollectionId, string Name, string? FromFolder, string Folder, byte[] AlbumMeta, ExportedAlbum Record)
{
    public bool IsRename => FromFolder is not null && FromFolder != Folder;
}
