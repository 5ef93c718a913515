using EnteTui.Tui.Screens.Albums;

namespace EnteTui.Tui.Adapters;

/// <summary>The album screen over the export service: sync, then the album list with what the export root holds.</summary>
public sealed class AlbumsAdapter(ExportService export, SessionCache sessions, SelectionFile selections, AccountStore store) : IAlbumsBackend
{
    public Task<AlbumList> LoadAsync(AccountInfo account, string exportDir, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                var session = sessions.Get(account.Email);
                await export.SyncAsync(ExportSession.From(session), cancellationToken).ConfigureAwait(false);
                var root = Path.GetFullPath(exportDir);
                var lastRun = export.LastRun(session.UserId, root);
                return new AlbumList(export.ListAlbums(session.UserId, root), lastRun?.FinishedAt);
            },
            cancellationToken);

    public string DefaultExportDir(AccountInfo account) =>
        store.Find(account.Email)?.ExportDir
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Ente Export");

    public AlbumSelection LoadSelection(AccountInfo account) => selections.Load(account);

    public void SaveSelection(AccountInfo account, AlbumSelection selection) => selections.Save(account, selection);
}
