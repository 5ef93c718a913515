using EnteTui.Core.Accounts;
using EnteTui.Core.Export;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;

namespace EnteTui.Benchmarks;

/// <summary>An account with <paramref name="count"/> albums in memory (names, sizes, owners and markers vary), for the album screen benchmark.</summary>
internal sealed class BenchAlbums(int count) : IAlbumsBackend, IAccountsBackend
{
    public static readonly AccountInfo Account = new("bench@example.org", "https://api.ente.com", 1, "/tmp/ente-tui-bench", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private readonly IReadOnlyList<AlbumSummary> albums = Enumerable.Range(1, count)
        .Select(i => new AlbumSummary(i, $"Album {i:00000} {(i % 3 == 0 ? "Ünïcödé" : "trip")}", i % 500, i * 1000L, IsHidden: i % 97 == 0, IsArchived: i % 11 == 0, IsShared: i % 7 == 0, ExportedCount: 0, null))
        .ToList();

    public Task<AlbumList> LoadAsync(AccountInfo account, string exportDir, CancellationToken cancellationToken) => Task.FromResult(new AlbumList(albums, null));

    public string DefaultExportDir(AccountInfo account) => Account.ExportDir!;

    public AlbumSelection LoadSelection(AccountInfo account) => new(null, null);

    public void SaveSelection(AccountInfo account, AlbumSelection selection)
    {
    }

    public Task<IReadOnlyList<AccountInfo>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AccountInfo>>([Account]);

    public Task RemoveAsync(AccountInfo account, CancellationToken cancellationToken) => Task.CompletedTask;

    public ILoginFlow StartLogin() => throw new NotSupportedException("The benchmark never logs in.");
}
