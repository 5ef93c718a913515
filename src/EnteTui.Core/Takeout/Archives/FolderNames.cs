namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// One shared string per distinct folder path of the entries listed in this process. Trade-off: the
/// pool is never emptied, but it holds folder paths only (thousands, not the million entries).
/// </summary>
internal static class FolderNames
{
    private static readonly HashSet<string> Pool = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static string Intern(ReadOnlySpan<char> folder)
    {
        lock (Gate)
        {
            var lookup = Pool.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(folder, out var shared))
            {
                shared = folder.ToString();
                Pool.Add(shared);
            }

            return shared;
        }
    }
}
