namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>A sidecar that could belong to an unmatched media file, with what it would give it.</summary>
public sealed record SidecarCandidate(string Path, int Part, DateTimeOffset? TakenAt, string? Place, string? Title);
