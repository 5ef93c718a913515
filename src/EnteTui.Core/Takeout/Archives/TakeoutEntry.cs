namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// One file entry of a part, with its path as stored (separators normalised to <c>/</c>). The path is
/// kept as a shared folder string plus the file name, not whole: a million-entry Takeout repeats a
/// few thousand folders, so <see cref="Path"/> is built when asked (compare with <see cref="EntryPathOrder"/>).
/// </summary>
public sealed record TakeoutEntry
{
    public TakeoutEntry(int part, int ordinal, string path, long size)
    {
        Part = part;
        Ordinal = ordinal;
        Size = size;
        var slash = path.LastIndexOf('/');
        Folder = slash < 0 ? "" : FolderNames.Intern(path.AsSpan(0, slash));
        FileName = slash < 0 ? path : path[(slash + 1)..];
    }

    public int Part { get; }

    public int Ordinal { get; }

    public long Size { get; }

    /// <summary>The folder path (no trailing <c>/</c>; empty at the root).</summary>
    public string Folder { get; }

    public string FileName { get; }

    public string Path => EntryPaths.Join(Folder, FileName);

    public EntryRef Ref => new(Part, Ordinal, Path);

    /// <summary>Whether <see cref="Path"/> equals <paramref name="path"/>, without building it.</summary>
    public bool HasPath(string path) => Folder.Length == 0
        ? path == FileName
        : path.Length == Folder.Length + 1 + FileName.Length && path[Folder.Length] == '/'
            && path.StartsWith(Folder, StringComparison.Ordinal) && path.EndsWith(FileName, StringComparison.Ordinal);

    /// <summary>Whether <see cref="Path"/> contains <paramref name="text"/>, without building the path when the text has no <c>/</c>.</summary>
    public bool PathContains(string text, StringComparison comparison) => text.Contains('/', StringComparison.Ordinal)
        ? Path.Contains(text, comparison)
        : Folder.Contains(text, comparison) || FileName.Contains(text, comparison);
}
