namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>The user's decision for one unmatched media file.</summary>
public sealed record Resolution(ResolutionKind Kind, string? SidecarPath = null)
{
    public static readonly Resolution Fallback = new(ResolutionKind.Fallback);
    public static readonly Resolution Skip = new(ResolutionKind.Skip);

    public static Resolution Use(string sidecarPath) => new(ResolutionKind.Sidecar, sidecarPath);
}
