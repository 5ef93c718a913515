namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>The upload the wizard starts: the same as <c>takeout import</c> with <c>--resolutions</c> (and <c>--allow-damaged</c> when <see cref="AllowDamaged"/>).</summary>
public sealed record ImportRequest(
    AccountInfo Account,
    IReadOnlyList<string> Parts,
    TakeoutReport Report,
    IReadOnlyDictionary<string, Resolution> Resolutions,
    ImportTarget Target,
    bool AllowDamaged = false);
