using LiteDB;

namespace EnteTui.Core.Sync;

/// <summary>
/// The per-account library file (LiteDB): collections, (file, collection) rows, trashed file IDs
/// and the collection/trash cursors. Writes are batched into one transaction per diff page.
/// </summary>
public sealed class LibraryStore : LiteDbStore
{
    private const string FilesCollection = "files";

    public LibraryStore(string path)
        : base(path, "account library", db =>
        {
            var files = db.GetCollection<LibraryFile>(FilesCollection);
            files.EnsureIndex(f => f.CollectionId);
            files.EnsureIndex(f => f.FileId);
        })
    {
        Collections = Db.GetCollection<LibraryCollection>("collections");
        Files = Db.GetCollection<LibraryFile>(FilesCollection);
        Trash = Db.GetCollection<TrashedFile>("trash");
        Cursors = Db.GetCollection<SyncCursor>("cursors");
        Undecodable = Db.GetCollection<UndecodableFile>("undecodable");
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
}
