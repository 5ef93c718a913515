using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tui.Adapters;

/// <summary>Stands in for the Takeout service until it lands: every call says so.</summary>
public sealed class PendingTakeout : ITakeoutBackend
{
    private const string Message = "Takeout import is not built yet.";

    public ITakeoutScan StartScan(IReadOnlyList<string> parts) => throw new InvalidOperationException(Message);

    public Task<IReadOnlyList<SidecarCandidate>> SearchSidecarsAsync(TakeoutReport report, string query, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Message);

    public IReadOnlyDictionary<string, Resolution> LoadResolutions(TakeoutReport report) => new Dictionary<string, Resolution>();

    public void SaveResolution(TakeoutReport report, string mediaPath, Resolution? resolution)
    {
    }

    public ITransferRun StartImport(ImportRequest request) => throw new InvalidOperationException(Message);

    public WizardSession? LoadSession() => null;

    public void SaveSession(WizardSession session)
    {
    }
}
