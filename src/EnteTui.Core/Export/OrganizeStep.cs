namespace EnteTui.Core.Export;

/// <summary>
/// The quick, sequential part of a run: album folders renamed (two-phase, see <see cref="AlbumFolderMoves"/>) or created, removed files deleted,
/// trashed or kept, title renames (two-phase, so swaps work), sidecar-only rewrites, and at the end
/// deleted albums' folders removed when nothing else is left in them.
/// </summary>
internal sealed class OrganizeStep(ExportContext ctx)
{
    private readonly TrashBin trash = new(ctx.Root, ctx.Options.MetaDir, ctx.Time.GetUtcNow());

    public void Run(ExportPlan plan, CancellationToken cancellationToken)
    {
        var moved = MoveRenamedFolders(plan.AlbumSteps);
        foreach (var step in plan.AlbumSteps)
        {
            ApplyAlbum(step, moved.Contains(step.CollectionId));
        }

        foreach (var removal in plan.Removals)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Remove(removal);
        }

        Rename(plan.Renames);
        foreach (var placement in plan.SidecarWrites)
        {
            cancellationToken.ThrowIfCancellationRequested();
            new MediaWriter(ctx).Finish(placement, placement.Names);
        }
    }

    public void RemoveAlbums(ExportPlan plan)
    {
        foreach (var removal in plan.AlbumRemovals)
        {
            var dir = Path.Combine(ctx.Root, removal.Folder);
            foreach (var meta in new[] { ctx.Options.MetaDir, ".meta", "metadata" }.Distinct())
            {
                AtomicFile.TryDelete(Path.Combine(dir, meta, AlbumMetaWriter.FileName));
                TryRemoveEmpty(Path.Combine(dir, meta));
            }

            TryRemoveEmpty(dir);
            if (Directory.Exists(dir))
            {
                ctx.Logger.LogInformation("Kept album folder {Folder}: it holds files the exporter did not write", removal.Folder);
            }

            ctx.Counters.AlbumsRemoved++;
            ctx.State.Add(new StateChange.DropAlbum(removal.CollectionId));
        }
    }

    public void PruneTrash() => trash.Prune(ctx.Options.TrashDays);

    /// <summary>All renames first and in two phases, so a folder another album vacates in this run is free for its new owner.</summary>
    private HashSet<long> MoveRenamedFolders(IEnumerable<AlbumStep> steps)
    {
        var moves = steps
            .Where(s => s.IsRename && Directory.Exists(Path.Combine(ctx.Root, s.FromFolder!)))
            .Select(s => new AlbumFolderMove(s.CollectionId, s.FromFolder!, s.Folder, s.AlbumMeta, s.Record))
            .ToList();
        AlbumFolderMoves.Apply(ctx.Root, ctx.Options.MetaDir, moves, CommitAlbums, ctx.Logger);
        ctx.Counters.AlbumsRenamed += moves.Count;
        return moves.Select(m => m.Id).ToHashSet();
    }

    private void CommitAlbums(IReadOnlyList<ExportedAlbum> records)
    {
        foreach (var record in records)
        {
            ctx.State.Add(new StateChange.PutAlbum(record));
        }

        ctx.State.Flush();
    }

    private void ApplyAlbum(AlbumStep step, bool moved)
    {
        var target = Path.Combine(ctx.Root, step.Folder);
        if (!moved && !Directory.Exists(target))
        {
            ctx.Counters.AlbumsCreated++;
        }

        Directory.CreateDirectory(Path.Combine(target, ctx.Options.MetaDir));
        AtomicFile.WriteAllBytes(Path.Combine(target, ctx.Options.MetaDir, AlbumMetaWriter.FileName), step.AlbumMeta);
        ctx.State.Add(new StateChange.PutAlbum(step.Record));
    }

    private void Remove(ItemRemoval removal)
    {
        var item = removal.Item;
        for (var i = 0; i < item.Names.Count; i++)
        {
            var path = ctx.PathOf(removal.Folder, item.Names[i]);
            var ours = File.Exists(path) && (i >= item.Sizes.Count || new FileInfo(path).Length == item.Sizes[i]);
            if (!ours)
            {
                continue;
            }

            switch (ctx.Options.Deletions)
            {
                case DeletionMode.Delete:
                    File.Delete(path);
                    AtomicFile.TryDelete(ctx.SidecarPathOf(removal.Folder, item.Names[i]));
                    if (item.Xmp)
                    {
                        AtomicFile.TryDelete(ctx.XmpPathOf(removal.Folder, item.Names[i]));
                    }

                    ctx.Counters.Removed++;
                    break;
                case DeletionMode.Trash:
                    trash.Move(removal.Folder, item.Names[i], item.Xmp);
                    ctx.Counters.Trashed++;
                    break;
                default:
                    ctx.Counters.Kept++;
                    break;
            }
        }

        if (ctx.Options.Deletions != DeletionMode.Keep)
        {
            foreach (var name in item.Names)
            {
                AtomicFile.TryDelete(ctx.SidecarPathOf(removal.Folder, name));
            }
        }

        ctx.State.Add(new StateChange.DropItem(item.Id));
    }

    private void Rename(IReadOnlyList<ItemRename> renames)
    {
        var moved = new List<(ItemRename Rename, List<string> Temps)>();
        foreach (var rename in renames)
        {
            var temps = new List<string>();
            foreach (var name in rename.FromNames)
            {
                var temp = ctx.PathOf(rename.Folder, LeftoverFiles.NewTempName(rename.Placement.Row.FileId));
                File.Move(ctx.PathOf(rename.Folder, name), temp);
                temps.Add(temp);
                AtomicFile.TryDelete(ctx.SidecarPathOf(rename.Folder, name));
                if (rename.Placement.HadXmp)
                {
                    AtomicFile.TryDelete(ctx.XmpPathOf(rename.Folder, name));
                }

            }

            moved.Add((rename, temps));
        }

        foreach (var (rename, temps) in moved)
        {
            for (var i = 0; i < temps.Count; i++)
            {
                File.Move(temps[i], ctx.PathOf(rename.Folder, rename.Placement.Names[i]), overwrite: true);
            }

            new MediaWriter(ctx).Finish(rename.Placement, rename.Placement.Names);
            ctx.Counters.Renamed++;
        }
    }

    private static void TryRemoveEmpty(string dir)
    {
        try
        {
            if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }
        catch (IOException)
        {
        }
    }
}
