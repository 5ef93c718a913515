namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>What is remembered between visits so the wizard resumes where it was.</summary>
public sealed record WizardSession(
    IReadOnlyList<string> Parts,
    WizardStage Stage,
    string? AccountEmail = null,
    string? AccountEndpoint = null,
    bool KeepAlbums = true,
    string? SingleAlbum = null,
    string? CurrentMedia = null);
