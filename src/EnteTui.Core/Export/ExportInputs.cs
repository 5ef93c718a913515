namespace EnteTui.Core.Export;

/// <summary>What the planner reads: the library, the selection and the previous export state.</summary>
public sealed record ExportInputs(
    IReadOnlyList<LibraryCollection> Collections,
    IReadOnlyList<LibraryCollection> Selected,
    Func<long, IReadOnlyList<LibraryFile>> FilesOf,
    IReadOnlySet<long> Trashed,
    IReadOnlyDictionary<long, ExportedAlbum> Albums,
    ILookup<long, ExportedItem> Items)
{
    public IEnumerable<ExportedItem> ItemsOf(long collectionId) => Items[collectionId];
}
