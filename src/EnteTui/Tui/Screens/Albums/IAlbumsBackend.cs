namespace EnteTui.Tui.Screens.Albums;

/// <summary>What the album screen needs: the albums (synced from the server) and the remembered selection.</summary>
public interface IAlbumsBackend
{
    /// <summary>Syncs the account's album list and returns it, with when each album was last exported to <paramref name="exportDir"/>.</summary>
    Task<AlbumList> LoadAsync(AccountInfo account, string exportDir, CancellationToken cancellationToken);

    /// <summary>The default export folder for an account that has none yet.</summary>
    string DefaultExportDir(AccountInfo account);

    AlbumSelection LoadSelection(AccountInfo account);

    void SaveSelection(AccountInfo account, AlbumSelection selection);
}
