using EnteTui.Core.Takeout.Dates;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>A media file without a sidecar: the ranked candidates and the date it gets without one.</summary>
public sealed record UnmatchedMedia(string Path, int Part, IReadOnlyList<SidecarCandidate> Candidates, ResolvedDate Fallback)
{
    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : string.Empty;

    public string Name => Path[(Path.LastIndexOf('/') + 1)..];
}
