namespace EnteTui.Core.Export;

/// <summary>The actions of one run, in execution order.</summary>
public sealed class ExportPlan
{
    public List<AlbumStep> AlbumSteps { get; } = [];

    public List<ItemRemoval> Removals { get; } = [];

    public List<ItemRename> Renames { get; } = [];

    /// <summary>Placements whose files are current but whose sidecar must be (re)written.</summary>
    public List<Placement> SidecarWrites { get; } = [];

    public List<FileJob> Jobs { get; } = [];

    public List<AlbumRemoval> AlbumRemovals { get; } = [];

    /// <summary>Every (file, album) in the selection, current or not.</summary>
    public int ItemCount { get; set; }

    public IEnumerable<Placement> ContentPlacements => Jobs.SelectMany(j => j.Placements).Where(p => p.Need != PlacementNeed.None);

    public bool IsEmpty => AlbumSteps.Count == 0 && Removals.Count == 0 && Renames.Count == 0 && SidecarWrites.Count == 0
        && !Jobs.Any(j => j.NeedsWork) && AlbumRemovals.Count == 0;
}
