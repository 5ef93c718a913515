namespace EnteTui.Core.Export;

/// <summary>
/// Turns (library, selection, options, previous export state, what is on disk) into an
/// <see cref="ExportPlan"/>. Pure apart from reading the disk snapshot: names are chosen
/// deterministically (kept names first, then new ones by file ID), so an interrupted run followed by
/// a rerun ends with exactly the tree an uninterrupted run makes.
/// </summary>
public sealed class ExportPlanner(ExportOptions options, long userId, DiskSnapshot disk)
{
    public const string LockFolder = ".ente-tui";
    public const string TrashFolder = ".trash";

    public ExportPlan Plan(ExportInputs inputs)
    {
        var plan = new ExportPlan();
        var live = inputs.Collections.Where(c => !c.IsDeleted).Select(c => c.Id).ToHashSet();
        foreach (var gone in inputs.Albums.Values.Where(a => !live.Contains(a.Id)).OrderBy(a => a.Id))
        {
            plan.Removals.AddRange(inputs.ItemsOf(gone.Id).OrderBy(i => i.FileId).Select(i => new ItemRemoval(gone.FolderName, i)));
            plan.AlbumRemovals.Add(new AlbumRemoval(gone.Id, gone.FolderName));
        }

        var folders = new AlbumFolderPlanner(options, userId, disk).Plan(inputs, plan);
        var placements = new List<Placement>();
        foreach (var album in inputs.Selected)
        {
            var (currentFolder, folder) = folders[album.Id];
            var all = inputs.FilesOf(album.Id).OrderBy(f => f.FileId).ToList();
            var rows = all.Where(f => !inputs.Trashed.Contains(f.FileId) && options.Dates.Contains(f.EffectiveTime)).ToList();
            var outside = all.Where(f => !options.Dates.Contains(f.EffectiveTime)).Select(f => f.FileId).ToHashSet();
            var items = inputs.ItemsOf(album.Id).ToLookup(i => outside.Contains(i.FileId));
            placements.AddRange(new AlbumItemPlanner(options, disk, album, currentFolder, folder).Plan(rows, items[false], items[true], plan));
            plan.ItemCount += rows.Count;
        }

        foreach (var group in placements.GroupBy(p => p.Row.FileId).OrderBy(g => g.Key))
        {
            var list = group.ToList();
            var sources = list.Where(p => p.Need == PlacementNeed.None)
                .Select(p => p.Names.Select(n => Path.Combine(disk.Root, p.Folder, n)).ToArray())
                .ToList();
            plan.Jobs.Add(new FileJob(group.Key, list, sources));
        }

        return plan;
    }
}
