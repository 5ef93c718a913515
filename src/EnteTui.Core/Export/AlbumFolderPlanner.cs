namespace EnteTui.Core.Export;

/// <summary>
/// Chooses album folder names: a folder keeps its remembered name while the album name it came
/// from is unchanged; new or renamed albums get a sanitized name, unique case-insensitively at the
/// root, in album-ID order.
/// </summary>
internal sealed class AlbumFolderPlanner(ExportOptions options, long userId, DiskSnapshot disk)
{
    /// <summary>Album ID → (folder holding its files now, folder after this run).</summary>
    public Dictionary<long, (string Current, string Target)> Plan(ExportInputs inputs, ExportPlan plan)
    {
        var result = new Dictionary<long, (string, string)>();
        var allocator = new NameAllocator([ExportPlanner.LockFolder, ExportPlanner.TrashFolder]);
        var selected = inputs.Selected.ToDictionary(c => c.Id);
        foreach (var album in inputs.Albums.Values)
        {
            var keep = !selected.TryGetValue(album.Id, out var collection) || collection.Name == album.SourceName;
            if (keep || !inputs.Collections.Any(c => c.Id == album.Id && !c.IsDeleted))
            {
                allocator.Reserve(album.FolderName);
            }
        }

        var known = inputs.Albums.Values.Select(a => PortableName.Key(a.FolderName)).ToHashSet();
        foreach (var folder in disk.TopLevelFolders().Where(f => !known.Contains(PortableName.Key(f))))
        {
            allocator.AddForeign(folder);
        }

        foreach (var collection in inputs.Selected)
        {
            inputs.Albums.TryGetValue(collection.Id, out var previous);
            var target = previous is not null && previous.SourceName == collection.Name
                ? previous.FolderName
                : allocator.Allocate(DesiredFolder(collection), name => disk.AlbumIdOf(name) == collection.Id || disk.HoldsNoFiles(name));
            var current = previous is not null && disk.FolderExists(previous.FolderName) ? previous.FolderName : target;
            result[collection.Id] = (current, target);

            var meta = AlbumMetaWriter.Serialize(collection.Id, collection.OwnerId, collection.Name, userId);
            var fingerprint = Sidecars.Fingerprint(options.MetaDir, meta);
            var record = new ExportedAlbum { Id = collection.Id, FolderName = target, SourceName = collection.Name, MetaFingerprint = fingerprint };
            var metaMissing = !disk.Sidecars(current).Contains(AlbumMetaWriter.FileName);
            if (previous is null || current != target || previous.MetaFingerprint != fingerprint || metaMissing || previous.FolderName != target)
            {
                plan.AlbumSteps.Add(new AlbumStep(collection.Id, collection.Name, current == target ? null : current, target, meta, record));
            }
        }

        return result;
    }

    private static string DesiredFolder(LibraryCollection collection) =>
        collection.SubType == 1 ? "Hidden" : PortableName.ForFolder(collection.Name);
}
