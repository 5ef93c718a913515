namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// One folder of the merged tree: its path as stored and its files by NFC name. The files are built
/// from the folder's entries on first use and dropped by <see cref="Release"/>, so a million-entry
/// tree holds entry lists, not every folder's files at once.
/// </summary>
public sealed class TreeFolder(string path, Comparison<TakeoutEntry> copyOrder)
{
    private List<TakeoutEntry> entries = [];
    private Dictionary<string, LogicalFile>? files;

    public string Path { get; set; } = path;

    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    public Dictionary<string, LogicalFile> Files => files ??= Build();

    /// <summary>Drops the files once the folder is matched.</summary>
    public void Release()
    {
        entries = [];
        files = new(StringComparer.Ordinal);
    }

    internal void Add(TakeoutEntry entry) => entries.Add(entry);

    private Dictionary<string, LogicalFile> Build()
    {
        var built = new Dictionary<string, LogicalFile>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = entry.FileName.Normalize();
            if (!built.TryGetValue(name, out var file))
            {
                built[name] = file = new LogicalFile(name);
            }

            file.Copies.Add(entry);
        }

        foreach (var file in built.Values)
        {
            file.Copies.Sort(copyOrder);
        }

        return built;
    }
}
