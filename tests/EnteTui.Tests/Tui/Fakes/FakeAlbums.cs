using EnteTui.Core.Accounts;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;

namespace EnteTui.Tests.Tui.Fakes;

/// <summary>Albums in memory and the remembered selection in memory.</summary>
public sealed class FakeAlbums : IAlbumsBackend
{
    public List<AlbumInfo> Albums { get; } =
    [
        new(1, "Holiday 2023", 120, 250_000_000, true, null, false, false, null),
        new(2, "Wedding", 300, 900_000_000, true, null, false, false, DateTimeOffset.Now.AddDays(-3)),
        new(3, "Garden", 12, 30_000_000, true, null, false, true, null),
        new(4, "Family (shared)", 45, null, false, "mum@example.com", false, false, null),
        new(5, "Private", 7, 10_000_000, true, null, true, false, null),
        new(6, "Ünïcödé 写真 📷", 3, 5_000_000, true, null, false, false, null),
    ];

    public Dictionary<string, AlbumSelection> Saved { get; } = [];

    public int Loads { get; private set; }

    public Task<IReadOnlyList<AlbumInfo>> LoadAsync(AccountInfo account, string exportDir, CancellationToken cancellationToken)
    {
        Loads++;
        return Task.FromResult<IReadOnlyList<AlbumInfo>>(Albums.ToList());
    }

    public string DefaultExportDir(AccountInfo account) => "/tmp/ente-export";

    public AlbumSelection LoadSelection(AccountInfo account) =>
        Saved.TryGetValue(account.Key, out var selection) ? selection : new AlbumSelection(null, null);

    public void SaveSelection(AccountInfo account, AlbumSelection selection) => Saved[account.Key] = selection;
}
