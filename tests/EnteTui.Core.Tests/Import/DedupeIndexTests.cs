using EnteTui.Core.Import.Upload;

namespace EnteTui.Core.Tests.Import;

public class DedupeIndexTests
{
    private static readonly byte[] Key = new byte[32];

    private static AccountSnapshot Account(params ExistingFile[] files) => new(
        1,
        Key,
        [
            new AccountCollection(10, "Trip", AccountCollection.Album, Key, IsOwned: true, IsHidden: false),
            new AccountCollection(11, ".hidden", AccountCollection.Album, Key, IsOwned: true, IsHidden: true),
            new AccountCollection(12, "Shared", AccountCollection.Album, Key, IsOwned: false, IsHidden: false),
            new AccountCollection(13, "Other", AccountCollection.Album, Key, IsOwned: true, IsHidden: false),
        ],
        files);

    private static ExistingFile File(long id, long collection, string title = "a.jpg", int type = 0, string hash = "h") =>
        new(id, collection, title, type, hash, "k", "n");

    [Fact]
    public void Matches_on_name_type_and_hash_in_owned_visible_collections()
    {
        var index = DedupeIndex.FromAccount(Account(File(1, 10), File(1, 13), File(2, 11, "b.jpg"), File(3, 12, "c.jpg")));
        var hit = index.Find(new DedupeKey("a.jpg", 0, "h"));
        Assert.NotNull(hit);
        Assert.Equal(1, hit.FileId);
        Assert.Equal([10L, 13L], hit.Collections.Order().ToArray());

        Assert.Null(index.Find(new DedupeKey("a.jpg", 1, "h")));
        Assert.Null(index.Find(new DedupeKey("A.jpg", 0, "h")));
        Assert.Null(index.Find(new DedupeKey("a.jpg", 0, "other")));
        Assert.Null(index.Find(new DedupeKey("b.jpg", 0, "h")));
        Assert.Null(index.Find(new DedupeKey("c.jpg", 0, "h")));
    }

    [Fact]
    public void Empty_hash_never_matches_and_uploads_of_this_import_are_found()
    {
        var index = DedupeIndex.FromAccount(Account(File(1, 10, hash: "")));
        Assert.Null(index.Find(new DedupeKey("a.jpg", 0, "")));

        var key = new DedupeKey("new.jpg", 2, "i:v");
        index.Add(key, 9, 10, "k", "n");
        index.AddCollection(key, 13);
        Assert.Equal([10L, 13L], index.Find(key)!.Collections.Order().ToArray());
    }
}
