namespace EnteTui.Core.Export;

/// <summary>An exported file that left its album: removed, trashed or kept according to the deletion mode.</summary>
public sealed record ItemRemoval(string Folder, ExportedItem Item);
