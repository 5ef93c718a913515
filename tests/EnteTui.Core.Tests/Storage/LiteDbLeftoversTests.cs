using EnteTui.Core.Storage;
using EnteTui.Core.Tests.Takeout.Support;
using LiteDB;

namespace EnteTui.Core.Tests.Storage;

/// <summary>
/// <see cref="LiteDbLeftovers"/> reaches LiteDB's open transactions through private members; a
/// LiteDB upgrade that renames or retypes one of them must fail here, not silently stop the mitigation.
/// </summary>
public class LiteDbLeftoversTests
{
    [Fact]
    public void The_private_members_it_touches_still_lead_to_the_open_transactions()
    {
        using var dir = new TempDir();
        var db = new LiteDatabase(new ConnectionString { Filename = dir.File("a.db"), Connection = ConnectionType.Direct });
        try
        {
            Assert.True(db.BeginTrans());
            db.GetCollection("items").Insert(new BsonDocument { ["_id"] = 1 });
            var transactions = LiteDbLeftovers.TransactionsOf(db);
            Assert.NotNull(transactions);
            Assert.Single(transactions);
            db.Rollback();
        }
        finally
        {
            LiteDbLeftovers.Dispose(db);
        }
    }
}
