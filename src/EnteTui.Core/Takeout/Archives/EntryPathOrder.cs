namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Ordinal order and equality of entry paths (as <c>string.CompareOrdinal</c> and <c>==</c> on
/// <see cref="TakeoutEntry.Path"/>) without building the paths. Part and position are ignored.
/// </summary>
public sealed class EntryPathOrder : IComparer<TakeoutEntry>, IEqualityComparer<TakeoutEntry>
{
    private const int StackChars = 512;

    private EntryPathOrder()
    {
    }

    public static EntryPathOrder Instance { get; } = new();

    int IComparer<TakeoutEntry>.Compare(TakeoutEntry? x, TakeoutEntry? y) =>
        x is null || y is null ? (x is null ? 0 : 1) - (y is null ? 0 : 1) : Compare(x, y);

    public bool Equals(TakeoutEntry? x, TakeoutEntry? y) =>
        x is null || y is null ? x is null && y is null : x.Folder == y.Folder && x.FileName == y.FileName;

    public int GetHashCode(TakeoutEntry obj) => HashCode.Combine(obj.Folder, obj.FileName);

    public static int Compare(TakeoutEntry a, TakeoutEntry b) => Compare(a.Folder, a.FileName, b.Folder, b.FileName);

    /// <summary>Orders the paths <c>folderA/nameA</c> and <c>folderB/nameB</c> (a name alone when its folder is empty) ordinally.</summary>
    public static int Compare(string folderA, string nameA, string folderB, string nameB)
    {
        if (ReferenceEquals(folderA, folderB) || folderA == folderB)
        {
            return string.CompareOrdinal(nameA, nameB);
        }

        var lengthA = folderA.Length + 1 + nameA.Length;
        var lengthB = folderB.Length + 1 + nameB.Length;
        if (lengthA + lengthB > StackChars)
        {
            return string.CompareOrdinal(EntryPaths.Join(folderA, nameA), EntryPaths.Join(folderB, nameB));
        }

        Span<char> buffer = stackalloc char[lengthA + lengthB];
        var left = Write(folderA, nameA, buffer[..lengthA]);
        var right = Write(folderB, nameB, buffer[lengthA..]);
        return left.SequenceCompareTo(right);
    }

    private static ReadOnlySpan<char> Write(string folder, string name, Span<char> target)
    {
        if (folder.Length == 0)
        {
            name.CopyTo(target);
            return target[..name.Length];
        }

        folder.CopyTo(target);
        target[folder.Length] = '/';
        name.CopyTo(target[(folder.Length + 1)..]);
        return target[..(folder.Length + 1 + name.Length)];
    }
}
