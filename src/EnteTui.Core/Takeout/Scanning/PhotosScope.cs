namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Which folders hold Google Photos content. Under <c>Takeout/</c> a product folder counts when its
/// (localised) name is known, it has <c>Photos from YYYY</c> folders, or any JSON in it is a media
/// sidecar; other products (Drive ...) and files directly in <c>Takeout/</c> are left out. A tree not
/// rooted at <c>Takeout/</c> (a folder given directly) is taken whole.
/// </summary>
public sealed class PhotosScope
{
    private readonly HashSet<string> roots;

    private PhotosScope(HashSet<string> roots) => this.roots = roots;

    public static PhotosScope Detect(TakeoutTree tree, JsonLookup json)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in tree.Folders.GroupBy(f => RootOf(f.Path)).Where(g => g.Key is { Length: > 0 }))
        {
            var name = group.Key![(group.Key!.IndexOf('/') + 1)..];
            if (KnownNames.IsPhotosRoot(name)
                || group.Any(f => KnownNames.YearOf(f.Name) is not null)
                || group.Any(f => f.Files.Values.Any(file => file.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                    && json.Primary(file).Kind == JsonKind.MediaSidecar)))
            {
                roots.Add(group.Key!);
            }
        }

        return new PhotosScope(roots);
    }

    public bool Contains(TreeFolder folder)
    {
        var root = RootOf(folder.Path);
        return root is not null && (root.Length == 0 || this.roots.Contains(root));
    }

    /// <summary>
    /// <c>Takeout/&lt;product&gt;</c> for paths under <c>Takeout/</c>; <c>""</c> for trees not under
    /// <c>Takeout/</c>; null for <c>Takeout</c> itself (its files are not photos).
    /// </summary>
    private static string? RootOf(string folderPath)
    {
        var segments = folderPath.Split('/');
        if (!segments[0].Equals("Takeout", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        return segments.Length < 2 ? null : segments[0] + "/" + segments[1];
    }
}
