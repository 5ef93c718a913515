using EnteTui.Core.Accounts;
using EnteTui.Core.Export;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;

namespace EnteTui.Tests.Tui.Fakes;

/// <summary>Albums in memory and the remembered selection in memory.</summary>
public sealed class FakeAlbums : IAlbumsBackend
{
    public List<AlbumSummary> Albums { get; } =
    [
        new(1, "Holiday 2023", 120, 250_000_000, IsHidden: false, IsArchived: false, IsShared: false, ExportedCount: 0, null),
        new(2, "Wedding", 300, 900_000_000, IsHidden: false, IsArchived: false, IsShared: false, ExportedCount: 300, "Wedding"),
        new(3, "Garden", 12, 30_000_000, IsHidden: false, IsArchived: true, IsShared: false, ExportedCount: 0, null),
        new(4, "Family (shared)", 45, 0, IsHidden: false, IsArchived: false, IsShared: true, ExportedCount: 0, null),
        new(5, "Private", 7, 10_000_000, IsHidden: true, IsArchived: false, IsShared: false, ExportedCount: 0, null),
        new(6, "Ünïcödé 写真 📷", 3, 5_000_000, IsHidden: false, IsArchived: false, IsShared: false, ExportedCount: 0, null),
    ];

    /// <summary>When the fake export folder's last run finished.</summary>
    public DateTimeOffset? LastRun { get; set; } = DateTimeOffset.Now.AddDays(-3);

    public Dictionary<string, AlbumSelection> Saved { get; } = [];

    public int Loads { get; private set; }

    public Task<AlbumList> LoadAsync(AccountInfo account, string exportDir, CancellationToken cancellationToken)
    {
        Loads++;
        return Task.FromResult(new AlbumList(Albums.ToList(), LastRun));
    }

    public string DefaultExportDir(AccountInfo account) => "/tmp/ente-export";

    public AlbumSelection LoadSelection(AccountInfo account) =>
        Saved.TryGetValue(account.Key, out var selection) ? selection : new AlbumSelection(null, null);

    public void SaveSelection(AccountInfo account, AlbumSelection selection) => Saved[account.Key] = selection;
}
