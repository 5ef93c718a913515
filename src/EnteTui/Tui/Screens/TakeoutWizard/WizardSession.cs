namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>What is remembered between visits so the wizard resumes where it was.</summary>
public sealed record WizardSession(
    IReadOnlyList<string> Parts,
    WizardStage Stage,
    string? AccountEmail = null,
    string? AccountEndpoint = null,
    bool KeepAlbums = true,
    string? SingleAlbum = null,
    string? CurrentMedia = null)
{
    public string Since { get; init; } = "";

    public string Until { get; init; } = "";

    public string BandwidthLimit { get; init; } = "";
}
