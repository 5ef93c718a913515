using EnteTui.Core.Storage;
using LiteDB;

namespace EnteTui.Core.Sync;

/// <summary>
/// The per-account library file (LiteDB): collections, (file, collection) rows, trashed file IDs
/// and the collection/trash cursors. Writes are batched into one transaction per diff page.
/// </summary>
public sealed class LibraryStore : IDisposable
{
    private readonly LiteDatabase db;
    private readonly StoreLock fileLock;

    public LibraryStore(string path)
    {
        fileLock = StoreLock.Acquire(path, "account library");
        OwnerOnlyFiles.PrepareDatabase(path);
        db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, new BsonMapper());
        Collections = db.GetCollection<LibraryCollection>("collections");
        Files = db.GetCollection<LibraryFile>("files");
        Files.EnsureIndex(f => f.CollectionId);
        Files.EnsureIndex(f => f.FileId);
        Trash = db.GetCollection<TrashedFile>("trash");
        Cursors = db.GetCollection<SyncCursor>("cursors");
        Undecodable = db.GetCollection<UndecodableFile>("undecodable");
    }

    public ILiteCollection<LibraryCollection> Collections { get; }

    public ILiteCollection<LibraryFile> Files { get; }

    public ILiteCollection<TrashedFile> Trash { get; }

    public ILiteCollection<UndecodableFile> Undecodable { get; }

    private ILiteCollection<SyncCursor> Cursors { get; }

    public long GetCursor(string name) => Cursors.FindById(name)?.Value ?? 0;

    public void SetCursor(string name, long value) => Cursors.Upsert(new SyncCursor { Id = name, Value = value });

    public IReadOnlyList<LibraryCollection> AllCollections() => Collections.FindAll().ToList();

    public IReadOnlyList<LibraryFile> FilesIn(long collectionId) => Files.Find(f => f.CollectionId == collectionId).ToList();

    public HashSet<long> TrashedFileIds() => Trash.FindAll().Select(t => t.Id).ToHashSet();

    /// <summary>Runs <paramref name="work"/> in one transaction.</summary>
    public void InTransaction(Action work)
    {
        db.BeginTrans();
        try
        {
            work();
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            LiteDbLeftovers.Dispose(db);
        }
        finally
        {
            fileLock.Dispose();
        }
    }
}
