namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>A media file without a sidecar: the ranked candidates and the fallback date.</summary>
public sealed record UnmatchedMedia(string Path, int Part, IReadOnlyList<SidecarCandidate> Candidates, DatePreview Fallback)
{
    public string Folder => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : string.Empty;

    public string Name => Path[(Path.LastIndexOf('/') + 1)..];
}
