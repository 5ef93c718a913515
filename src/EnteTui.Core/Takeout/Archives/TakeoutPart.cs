namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// One part as given: <see cref="Number"/> is its 1-based position on the command line,
/// <see cref="FullPath"/>, <see cref="Size"/> and <see cref="LastWriteUtc"/> identify its content for the scan cache.
/// </summary>
public sealed record TakeoutPart(int Number, string Path, string FullPath, PartKind Kind, long Size, DateTime LastWriteUtc)
{
    public string Name => System.IO.Path.GetFileName(FullPath.TrimEnd('/', '\\'));

    public bool IsReadable => Kind is PartKind.Zip or PartKind.Tgz or PartKind.Tar or PartKind.Folder;

    /// <summary>The scan-cache key: full path, size and modification time, never the name alone.</summary>
    public string CacheKey => $"{FullPath}|{Size}|{LastWriteUtc.Ticks}|{Kind}";
}
