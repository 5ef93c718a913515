namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// The virtual tree over all parts: folders keyed by their NFC path, files by NFC name, every
/// physical copy kept with its part (a folder's files are built when first used). Built only after
/// every part was listed, so a sidecar in a later part is never missed.
/// </summary>
public sealed class TakeoutTree
{
    private TakeoutTree(IReadOnlyList<TreeFolder> folders) => Folders = folders;

    public IReadOnlyList<TreeFolder> Folders { get; }

    public static TakeoutTree Build(IEnumerable<PartListing> listings)
    {
        var partPaths = new Dictionary<int, string>();
        var folders = new Dictionary<string, TreeFolder>(StringComparer.Ordinal);
        Comparison<TakeoutEntry> copyOrder = (a, b) =>
        {
            var byPart = string.CompareOrdinal(partPaths[a.Part], partPaths[b.Part]);
            return byPart != 0 ? byPart : a.Ordinal.CompareTo(b.Ordinal);
        };
        foreach (var listing in listings)
        {
            partPaths[listing.Part.Number] = listing.Part.FullPath;
            foreach (var entry in listing.Entries)
            {
                var folderPath = entry.Folder;
                var key = folderPath.Normalize();
                if (!folders.TryGetValue(key, out var folder))
                {
                    folders[key] = folder = new TreeFolder(folderPath, copyOrder);
                }
                else if (string.CompareOrdinal(folderPath, folder.Path) < 0)
                {
                    folder.Path = folderPath;
                }

                folder.Add(entry);
            }
        }

        return new TakeoutTree(folders.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
    }
}
