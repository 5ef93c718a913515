using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tui.Adapters;

/// <summary>Stands in for service-layer features that have not landed yet: every call says so.</summary>
public sealed class PendingBackend : IAccountsBackend, IAlbumsBackend, IExportBackend, ITakeoutBackend
{
    private const string Message = "This part of EnteTui is not built yet.";

    public Task<IReadOnlyList<AccountInfo>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AccountInfo>>([]);

    public Task RemoveAsync(AccountInfo account, CancellationToken cancellationToken) => throw new InvalidOperationException(Message);

    public ILoginFlow StartLogin() => throw new InvalidOperationException(Message);

    public Task<IReadOnlyList<AlbumInfo>> LoadAsync(AccountInfo account, string exportDir, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Message);

    public string DefaultExportDir(AccountInfo account) => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Ente Export");

    public AlbumSelection LoadSelection(AccountInfo account) => new(null, null);

    public void SaveSelection(AccountInfo account, AlbumSelection selection)
    {
    }

    public ITransferRun Start(ExportRequest request) => throw new InvalidOperationException(Message);

    public ITakeoutScan StartScan(IReadOnlyList<string> parts) => throw new InvalidOperationException(Message);

    public Task<IReadOnlyList<SidecarCandidate>> SearchSidecarsAsync(TakeoutReport report, string query, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Message);

    public IReadOnlyDictionary<string, Resolution> LoadResolutions(TakeoutReport report) => new Dictionary<string, Resolution>();

    public void SaveResolution(TakeoutReport report, string mediaPath, Resolution resolution)
    {
    }

    public ITransferRun StartImport(ImportRequest request) => throw new InvalidOperationException(Message);

    public WizardSession? LoadSession() => null;

    public void SaveSession(WizardSession session)
    {
    }
}
