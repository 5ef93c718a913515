using EnteTui.Core.Storage;
using EnteTui.Core.Tests.Takeout.Support;
using LiteDB;

namespace EnteTui.Core.Tests.Storage;

/// <summary>
/// A store whose first writes fail (a damaged file, a full disk) is never disposed by its caller: the
/// base closes the file itself, so neither the lock nor a half-done LiteDB transaction outlives it.
/// </summary>
public class LiteDbStoreTests
{
    [Fact]
    public void A_store_whose_first_writes_fail_releases_its_lock_and_leaves_no_transaction()
    {
        using var dir = new TempDir();
        var path = dir.File("state.db");
        LiteDatabase? seen = null;

        var failure = Assert.Throws<IOException>(() => new FailingStore(path, db =>
        {
            seen = db;
            db.BeginTrans();
            db.GetCollection("items").Insert(new BsonDocument { ["_id"] = 1 });
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", failure.Message);
        Assert.NotNull(seen);
        var leftovers = LiteDbLeftovers.TransactionsOf(seen);
        Assert.True(leftovers is null || leftovers.Count == 0, "the failed store left an open transaction behind");
        using var reopened = new FailingStore(path, prepare: null);
        Assert.Equal(0, reopened.Count("items"));
    }

    private sealed class FailingStore(string path, Action<LiteDatabase>? prepare) : LiteDbStore(path, "test state", prepare)
    {
        public int Count(string collection) => Db.GetCollection(collection).Count();
    }
}
