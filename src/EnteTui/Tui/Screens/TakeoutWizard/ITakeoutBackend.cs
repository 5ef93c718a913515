using EnteTui.Tui.Screens.ExportProgress;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>What the Takeout wizard needs: scans, resolutions saved as you go, the upload, and its own resumable session.</summary>
public interface ITakeoutBackend
{
    ITakeoutScan StartScan(IReadOnlyList<string> parts);

    /// <summary>Sidecars anywhere in the scanned parts whose path contains <paramref name="query"/>.</summary>
    Task<IReadOnlyList<SidecarCandidate>> SearchSidecarsAsync(TakeoutReport report, string query, CancellationToken cancellationToken);

    IReadOnlyDictionary<string, Resolution> LoadResolutions(TakeoutReport report);

    /// <summary>Stores a decision at once; null makes the file undecided again.</summary>
    void SaveResolution(TakeoutReport report, string mediaPath, Resolution? resolution);

    ITransferRun StartImport(ImportRequest request);

    WizardSession? LoadSession();

    void SaveSession(WizardSession session);
}
