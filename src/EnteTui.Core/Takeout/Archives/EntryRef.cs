namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Where one physical entry lives: the part's 1-based number, the entry's position in that part
/// (central-directory order for zips, stream order for tar, sorted order for folders) and its path.
/// </summary>
public readonly record struct EntryRef(int Part, int Ordinal, string Path);
