namespace EnteTui.Core.Takeout.Archives;

/// <summary>Ordinal order of entry paths (as <c>string.CompareOrdinal</c> on <see cref="TakeoutEntry.Path"/>) without building the paths.</summary>
public static class EntryPathOrder
{
    private const int StackChars = 512;

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
