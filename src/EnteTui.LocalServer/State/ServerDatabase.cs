using EnteTui.Core.Storage;
using LiteDB;

namespace EnteTui.LocalServer.State;

/// <summary>
/// The server's LiteDB file. Every request runs its reads and writes under one gate, writes in one
/// transaction, so the clock and ID sequences are strictly increasing and a diff never sees half a
/// change. Object bytes live in the blob folder, outside this gate.
/// </summary>
internal sealed class ServerDatabase : IDisposable
{
    private readonly LiteDatabase db;
    private readonly Lock gate = new();
    private bool disposed;

    public ServerDatabase(string path)
    {
        db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        Clock = new MonotonicClock(this);
        Ids = new IdSequences(this);
        CreateIndexes();
    }

    public MonotonicClock Clock { get; }

    public IdSequences Ids { get; }

    public ILiteCollection<UserRecord> Users => db.GetCollection<UserRecord>("users");

    public ILiteCollection<TokenRecord> Tokens => db.GetCollection<TokenRecord>("tokens");

    public ILiteCollection<SrpSessionRecord> SrpSessions => db.GetCollection<SrpSessionRecord>("srp_sessions");

    public ILiteCollection<OttRecord> Otts => db.GetCollection<OttRecord>("otts");

    public ILiteCollection<SecondFactorSessionRecord> SecondFactorSessions => db.GetCollection<SecondFactorSessionRecord>("second_factor_sessions");

    public ILiteCollection<UsedTotpCodeRecord> UsedTotpCodes => db.GetCollection<UsedTotpCodeRecord>("used_totp_codes");

    public ILiteCollection<CollectionRecord> Collections => db.GetCollection<CollectionRecord>("collections");

    public ILiteCollection<ShareRecord> Shares => db.GetCollection<ShareRecord>("shares");

    public ILiteCollection<CollectionFileRecord> CollectionFiles => db.GetCollection<CollectionFileRecord>("collection_files");

    public ILiteCollection<FileRecord> Files => db.GetCollection<FileRecord>("files");

    public ILiteCollection<TrashRecord> Trash => db.GetCollection<TrashRecord>("trash");


    public ILiteCollection<FixtureKeysRecord> FixtureKeys => db.GetCollection<FixtureKeysRecord>("fixture_keys");

    public ILiteCollection<MetaRecord> Meta => db.GetCollection<MetaRecord>("meta");

    /// <summary>Runs <paramref name="action"/> under the gate without a transaction.</summary>
    public T Read<T>(Func<ServerDatabase, T> action)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return action(this);
        }
    }

    /// <summary>Runs <paramref name="action"/> under the gate in one transaction; an exception rolls it back.</summary>
    public T Write<T>(Func<ServerDatabase, T> action)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            db.BeginTrans();
            try
            {
                var result = action(this);
                db.Commit();
                return result;
            }
            catch
            {
                db.Rollback();
                Clock.Reload();
                throw;
            }
        }
    }

    public void Write(Action<ServerDatabase> action) => Write(d =>
    {
        action(d);
        return 0;
    });

    /// <summary>
    /// Closes the file under the gate, so a request still running while the server stops never has
    /// its transaction torn down under it (LiteDB would then leave a transaction whose finalizer throws).
    /// </summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            LiteDbLeftovers.Dispose(db);
        }
    }

    private void CreateIndexes()
    {
        Users.EnsureIndex(u => u.Email, unique: true);
        Users.EnsureIndex(u => u.SrpUserId);
        Otts.EnsureIndex(o => o.Email);
        Collections.EnsureIndex(c => c.OwnerId);
        Shares.EnsureIndex(s => s.ShareeId);
        Shares.EnsureIndex(s => s.CollectionId);
        CollectionFiles.EnsureIndex(r => r.CollectionId);
        CollectionFiles.EnsureIndex(r => r.FileId);
        Files.EnsureIndex(f => f.OwnerId);
        Files.EnsureIndex(f => f.FileObjectKey);
        Files.EnsureIndex(f => f.ThumbnailObjectKey);
        Trash.EnsureIndex(t => t.UserId);
    }
}
