namespace EnteTui.Core.Import.Planning;

/// <summary>Ordinal order of <see cref="ImportMedia.Path"/> without building the paths.</summary>
public sealed class MediaPathOrder : IComparer<ImportMedia>
{
    private MediaPathOrder()
    {
    }

    public static MediaPathOrder Instance { get; } = new();

    public int Compare(ImportMedia? x, ImportMedia? y) =>
        x is null || y is null ? (x is null ? 0 : 1) - (y is null ? 0 : 1) : EntryPathOrder.Compare(x.Folder, x.FileName, y.Folder, y.FileName);
}
