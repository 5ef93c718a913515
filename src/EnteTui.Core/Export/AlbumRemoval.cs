namespace EnteTui.Core.Export;

/// <summary>An album deleted in Ente (or unshared): its exported files go, the folder too when nothing else is left in it.</summary>
public sealed record AlbumRemoval(long CollectionId, string Folder);
