using LiteDB;

namespace EnteTui.Core.Storage;

/// <summary>
/// The lifecycle every LiteDB state file shares: take its <see cref="StoreLock"/>, create the file
/// owner-only, open it in direct mode, and on dispose close it through <see cref="LiteDbLeftovers"/>
/// (which drops the finalizers a failed write left behind) before releasing the lock.
/// </summary>
public abstract class LiteDbStore : IDisposable
{
    private readonly StoreLock fileLock;
    private bool disposed;

    /// <param name="path">the database file</param>
    /// <param name="what">names the file in the message when another process holds it</param>
    /// <param name="prepare">
    /// first writes (indexes); when they fail (a damaged file, a full disk) the file is closed here,
    /// since the store's own Dispose is never reached from a failed constructor
    /// </param>
    protected LiteDbStore(string path, string what, Action<LiteDatabase>? prepare = null)
    {
        fileLock = StoreLock.Acquire(path, what);
        LiteDatabase? db = null;
        try
        {
            OwnerOnlyFiles.PrepareDatabase(path);
            db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, new BsonMapper());
            prepare?.Invoke(db);
            Db = db;
        }
        catch
        {
            try
            {
                if (db is not null)
                {
                    LiteDbLeftovers.Dispose(db);
                }
            }
            finally
            {
                fileLock.Dispose();
            }

            throw;
        }
    }

    protected LiteDatabase Db { get; }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            BeforeClose();
        }
        finally
        {
            try
            {
                LiteDbLeftovers.Dispose(Db);
            }
            finally
            {
                fileLock.Dispose();
            }
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it returns, rolled back when it throws.</summary>
    public void InTransaction(Action work)
    {
        Db.BeginTrans();
        try
        {
            work();
            Db.Commit();
        }
        catch
        {
            Db.Rollback();
            throw;
        }
    }

    /// <summary>Last writes before the file closes (e.g. a pending batch).</summary>
    protected virtual void BeforeClose()
    {
    }
}
