namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Groups the copies of one photo across folders: by the <c>url</c> of its own sidecar, else by its
/// title, capture time and extension; media without an own sidecar only by name and size. Borrowed
/// sidecars never join an edited copy or a video to its original.
/// </summary>
public static class ItemGrouper
{
    public static IReadOnlyList<TakeoutItem> Group(IEnumerable<TakeoutPair> pairs)
    {
        return pairs.GroupBy(KeyOf, StringComparer.Ordinal)
            .Select(g =>
            {
                var copies = g.ToList();
                var primary = copies.FirstOrDefault(c => c.Folder.Kind is FolderKind.Year or FolderKind.Day) ?? copies[0];
                var albums = copies.Where(c => c.Folder.Kind == FolderKind.Album).Select(c => c.Folder.AlbumTitle!)
                    .Distinct(StringComparer.Ordinal).ToList();
                return new TakeoutItem(primary, copies, albums);
            })
            .ToList();
    }

    /// <summary>How many items <see cref="Group"/> would make, without building them (the scan report counts a million pairs).</summary>
    public static int Count(IEnumerable<TakeoutPair> pairs) => pairs.Select(KeyOf).ToHashSet(StringComparer.Ordinal).Count;

    private static string KeyOf(TakeoutPair pair)
    {
        var own = pair.OwnSidecar;
        var extension = Path.GetExtension(pair.Media.FileName).ToLowerInvariant();
        if (own?.Url is { Length: > 0 } url)
        {
            return "u|" + url + "|" + extension;
        }

        if (own?.Title is { Length: > 0 } title && own.TakenTime is { } taken)
        {
            return string.Create(CultureInfo.InvariantCulture, $"t|{title}|{taken.ToUnixTimeSeconds()}|{extension}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"n|{pair.Media.FileName.Normalize()}|{pair.Media.Size}");
    }
}
