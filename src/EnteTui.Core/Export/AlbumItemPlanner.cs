namespace EnteTui.Core.Export;

/// <summary>
/// Plans one album folder: which files keep their names, which are new or renamed, which left the
/// album, and which need content, a rename or only a new sidecar. Items of files outside
/// <c>--since</c>/<c>--until</c> are set aside: kept as they are, names reserved, like an album left out.
/// </summary>
internal sealed class AlbumItemPlanner(ExportOptions options, DiskSnapshot disk, LibraryCollection album, string currentFolder, string folder)
{
    public List<Placement> Plan(IReadOnlyList<LibraryFile> rows, IEnumerable<ExportedItem> items, IEnumerable<ExportedItem> setAside, ExportPlan plan)
    {
        var existing = items.ToDictionary(i => i.FileId);
        var kept = setAside.ToList();
        var listing = disk.Files(currentFolder);
        var allocator = new NameAllocator([".meta", "metadata"]);
        kept.SelectMany(i => i.Names).ToList().ForEach(allocator.Reserve);
        var ours = existing.Values.Concat(kept).SelectMany(i => i.Names).SelectMany(n => new[] { n, Sidecars.XmpNameFor(n) }).Select(PortableName.Key).ToHashSet();
        foreach (var name in listing.Keys.Where(n => !ours.Contains(PortableName.Key(n))))
        {
            allocator.AddForeign(name);
        }

        var names = new Dictionary<long, IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.FileId, out var item) && item.TitleSource == row.EffectiveName && item.Names.Count == PartCount(row))
            {
                item.Names.ForEach(allocator.Reserve);
                names[row.FileId] = item.Names;
            }
        }

        foreach (var row in rows.Where(r => !names.ContainsKey(r.FileId)))
        {
            existing.TryGetValue(row.FileId, out var item);
            names[row.FileId] = allocator.Allocate(DesiredNames(row, item), candidate => Adoptable(row, candidate, listing));
        }

        var wanted = rows.Select(r => r.FileId).ToHashSet();
        plan.Removals.AddRange(existing.Values.Where(i => !wanted.Contains(i.FileId)).OrderBy(i => i.FileId).Select(i => new ItemRemoval(folder, i)));
        return rows.Select(row => Decide(row, existing.GetValueOrDefault(row.FileId), names[row.FileId], listing, plan)).ToList();
    }

    private Placement Decide(LibraryFile row, ExportedItem? item, IReadOnlyList<string> names, IReadOnlyDictionary<string, long> listing, ExportPlan plan)
    {
        var placement = new Placement(row, folder, names, PlacementNeed.Content) { Album = album.Name };
        if (item is null)
        {
            return names.All(listing.ContainsKey) ? placement with { Need = PlacementNeed.Adopt } : placement;
        }

        var present = item.Names.Count == item.Sizes.Count && item.Names.Select((n, i) => listing.TryGetValue(n, out var size) && size == item.Sizes[i]).All(ok => ok);
        var sameContent = item.Hash == row.Hash && item.EncryptedSize == row.EncryptedSize;
        if (!present || !sameContent)
        {
            plan.Removals.Add(new ItemRemoval(folder, item));
            return placement;
        }

        placement = placement with { HadXmp = item.Xmp };
        var current = placement with { Need = options.VerifyHash ? PlacementNeed.VerifyHash : PlacementNeed.None };
        if (!item.Names.SequenceEqual(names))
        {
            plan.Renames.Add(new ItemRename(folder, item.Names, current));
            return current;
        }

        if (SidecarStale(row, item, names, listing))
        {
            plan.SidecarWrites.Add(current);
        }

        return current;
    }

    private bool SidecarStale(LibraryFile row, ExportedItem item, IReadOnlyList<string> names, IReadOnlyDictionary<string, long> listing)
    {
        var bytes = Sidecars.For(row, names);
        var xmp = options.Xmp ? Sidecars.XmpFor(row) : null;
        if (item.SidecarFingerprint != Sidecars.Fingerprint(options.MetaDir, bytes, xmp))
        {
            return true;
        }

        var sidecars = disk.Sidecars(currentFolder);
        if (!names.All(n => sidecars.Contains(Sidecars.NameFor(n))) || (xmp is not null && !names.All(n => listing.ContainsKey(Sidecars.XmpNameFor(n)))))
        {
            return true;
        }

        return options.Verify && names.Any(n =>
            !SameBytes(Path.Combine(disk.Root, currentFolder, options.MetaDir, Sidecars.NameFor(n)), bytes)
            || (xmp is not null && !SameBytes(Path.Combine(disk.Root, currentFolder, Sidecars.XmpNameFor(n)), xmp)));
    }

    private static bool SameBytes(string path, byte[] expected)
    {
        try
        {
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int PartCount(LibraryFile row) => row.IsLivePhoto ? 2 : 1;

    /// <summary>A file found at a planned name without a record is taken over only when it can be ours (checked again before use).</summary>
    private static bool Adoptable(LibraryFile row, string candidate, IReadOnlyDictionary<string, long> listing) =>
        listing.TryGetValue(candidate, out var size) && (row.IsLivePhoto ? row.Hash is not null : row.PlainSize < 0 || size == row.PlainSize);

    public static IReadOnlyList<string> DesiredNames(LibraryFile row, ExportedItem? item)
    {
        var title = PortableName.ForFile(row.EffectiveName);
        if (!row.IsLivePhoto)
        {
            return [title];
        }

        var (stem, extension) = PortableName.Split(title);
        var imageExtension = item?.Names.Count == 2 ? PortableName.Split(item.Names[0]).Extension : extension;
        var videoExtension = item?.Names.Count == 2 ? PortableName.Split(item.Names[1]).Extension : ".mov";
        return [stem + imageExtension, stem + videoExtension];
    }
}
