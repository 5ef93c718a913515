namespace EnteTui.Core.Takeout.Archives;

/// <summary>One file entry of a part, with its path as stored (separators normalised to <c>/</c>).</summary>
public sealed record TakeoutEntry(int Part, int Ordinal, string Path, long Size)
{
    public EntryRef Ref => new(Part, Ordinal, Path);

    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];

    public string Folder => Path.LastIndexOf('/') is var slash and >= 0 ? Path[..slash] : "";
}
