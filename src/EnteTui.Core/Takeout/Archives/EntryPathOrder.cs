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

    public static int Compare(TakeoutEntry a, TakeoutEntry b)
    {
        if (ReferenceEquals(a.Folder, b.Folder))
        {
            return string.CompareOrdinal(a.FileName, b.FileName);
        }

        var lengthA = a.Folder.Length + 1 + a.FileName.Length;
        var lengthB = b.Folder.Length + 1 + b.FileName.Length;
        if (lengthA + lengthB > StackChars)
        {
            return string.CompareOrdinal(a.Path, b.Path);
        }

        Span<char> buffer = stackalloc char[lengthA + lengthB];
        var left = Write(a, buffer[..lengthA]);
        var right = Write(b, buffer[lengthA..]);
        return left.SequenceCompareTo(right);
    }

    private static ReadOnlySpan<char> Write(TakeoutEntry entry, Span<char> target)
    {
        if (entry.Folder.Length == 0)
        {
            entry.FileName.CopyTo(target);
            return target[..entry.FileName.Length];
        }

        entry.Folder.CopyTo(target);
        target[entry.Folder.Length] = '/';
        entry.FileName.CopyTo(target[(entry.Folder.Length + 1)..]);
        return target;
    }
}
