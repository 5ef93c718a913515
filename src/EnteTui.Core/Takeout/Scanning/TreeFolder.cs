namespace EnteTui.Core.Takeout.Scanning;

/// <summary>One folder of the merged tree: its path as stored and its files by NFC name.</summary>
public sealed class TreeFolder(string path)
{
    public string Path { get; set; } = path;

    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    public Dictionary<string, LogicalFile> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Drops the files once the folder is matched (a million-entry tree is not kept whole).</summary>
    public void Release()
    {
        Files.Clear();
        Files.TrimExcess();
    }
}
