namespace EnteTui.Core.Export;

/// <summary>
/// All placements of one file ID: it is downloaded at most once, then copied or hard-linked into
/// every other album folder that needs it. <see cref="Sources"/> are existing good copies.
/// </summary>
public sealed record FileJob(long FileId, IReadOnlyList<Placement> Placements, IReadOnlyList<string[]> Sources)
{
    public bool NeedsWork => Placements.Any(p => p.Need != PlacementNeed.None);

    public long ExpectedBytes => Placements.FirstOrDefault()?.Row.PlainSize is > 0 and var size ? size : 0;
}
