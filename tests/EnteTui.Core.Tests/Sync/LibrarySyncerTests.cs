using System.Text;
using EnteTui.Core.Sync;
using EnteTui.Core.Tests.Export.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnteTui.Core.Tests.Sync;

public class LibrarySyncerTests
{
    [Fact]
    public async Task Pages_diffs_decrypts_owned_and_shared_albums_applies_tombstones_and_skips_unchanged_albums()
    {
        var fake = new FakeEnteLibrary { DiffLimit = 2 };
        var mine = fake.AddAlbum("Mine");
        var theirs = fake.AddAlbum("Theirs", shared: true);
        var ids = Enumerable.Range(0, 5).Select(i => fake.AddFile(mine, $"f{i}.jpg", Encoding.ASCII.GetBytes($"{i}"))).ToList();
        fake.AddFile(theirs, "t.jpg", [1]);
        fake.EditPublic(ids[0], "caption", 42);
        fake.EditPublic(ids[1], "editedName", "new.jpg");
        var path = Path.Combine(Directory.CreateTempSubdirectory("ente-lib-").FullName, "lib.db");
        using var store = new LibraryStore(path);
        var syncer = new LibrarySyncer(fake, store, new CollectionKeyRing(fake.UserId, fake.Keys), NullLogger.Instance);

        await syncer.SyncAsync(CancellationToken.None);
        fake.RemoveFromAlbum(mine, ids[4]);
        var second = await syncer.SyncAsync(CancellationToken.None);

        Assert.Equal(["Mine", "Theirs"], store.AllCollections().Select(c => c.Name).Order());
        Assert.True(store.AllCollections().Single(c => c.Name == "Theirs").IsShared);
        var files = store.FilesIn(mine).OrderBy(f => f.FileId).ToList();
        Assert.Equal(4, files.Count);
        Assert.Equal("42", files[0].Caption);
        Assert.Equal("new.jpg", files[1].EffectiveName);
        Assert.Single(store.FilesIn(theirs));
        Assert.Equal(1, second.FilesRemoved);
        Assert.Equal(0, second.FilesChanged);
    }
}
