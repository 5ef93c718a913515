using LiteDB;

namespace EnteTui.Core.Import.State;

/// <summary>
/// Per-account import progress in LiteDB. Writes are batched (one transaction per 200 records or
/// per second) except durable ones, which commit at once with everything pending: the record that
/// must exist before `POST /files` is durable. Thread-safe.
/// </summary>
public sealed class ImportStateStore : LiteDbStore
{
    private const int BatchSize = 200;
    private static readonly TimeSpan BatchAge = TimeSpan.FromSeconds(1);

    private readonly ILiteCollection<ContentRecord> contents;
    private readonly ILiteCollection<GroupRecord> groups;
    private readonly ILiteCollection<AlbumRecord> albums;
    private readonly Dictionary<string, ContentRecord> pendingContents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupRecord> pendingGroups = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private DateTime oldestPending = DateTime.MaxValue;

    public ImportStateStore(string path)
        : base(path, "import state")
    {
        contents = Db.GetCollection<ContentRecord>("contents");
        groups = Db.GetCollection<GroupRecord>("groups");
        albums = Db.GetCollection<AlbumRecord>("albums");
    }

    /// <summary>`&lt;state&gt;/import/&lt;userId&gt;.db`.</summary>
    public static string PathFor(string stateDir, long userId) => Path.Combine(stateDir, "import", $"{userId}.db");

    public ContentRecord? FindContent(string id)
    {
        lock (gate)
        {
            return pendingContents.TryGetValue(id, out var pending) ? pending : contents.FindById(id);
        }
    }

    public GroupRecord? FindGroup(string id)
    {
        lock (gate)
        {
            return pendingGroups.TryGetValue(id, out var pending) ? pending : groups.FindById(id);
        }
    }

    /// <summary>Ids of groups already done (one read at start, so a rerun skips them cheaply).</summary>
    public HashSet<string> DoneGroups()
    {
        lock (gate)
        {
            var done = groups.Find(g => g.Done).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
            done.UnionWith(pendingGroups.Values.Where(g => g.Done).Select(g => g.Id));
            return done;
        }
    }

    public IReadOnlyList<GroupRecord> FailedGroups()
    {
        lock (gate)
        {
            Flush();
            return groups.Find(g => !g.Done && g.Error != null).ToList();
        }
    }

    public long? FindAlbum(string title)
    {
        lock (gate)
        {
            return albums.FindById(title)?.CollectionId;
        }
    }

    public void SaveAlbum(string title, long collectionId)
    {
        lock (gate)
        {
            albums.Upsert(new AlbumRecord { Title = title, CollectionId = collectionId });
        }
    }

    public void SaveContent(ContentRecord record, bool durable)
    {
        lock (gate)
        {
            record.UpdatedAt = DateTime.UtcNow;
            pendingContents[record.Id] = record;
            MaybeFlush(durable);
        }
    }

    public void SaveGroup(GroupRecord record)
    {
        lock (gate)
        {
            record.UpdatedAt = DateTime.UtcNow;
            pendingGroups[record.Id] = record;
            MaybeFlush(durable: false);
        }
    }

    /// <summary>Commits everything pending in one transaction.</summary>
    public void Flush()
    {
        lock (gate)
        {
            if (pendingContents.Count == 0 && pendingGroups.Count == 0)
            {
                return;
            }

            InTransaction(() =>
            {
                contents.Upsert(pendingContents.Values);
                groups.Upsert(pendingGroups.Values);
            });
            pendingContents.Clear();
            pendingGroups.Clear();
            oldestPending = DateTime.MaxValue;
        }
    }

    protected override void BeforeClose() => Flush();

    private void MaybeFlush(bool durable)
    {
        var now = DateTime.UtcNow;
        if (oldestPending == DateTime.MaxValue)
        {
            oldestPending = now;
        }

        if (durable || pendingContents.Count + pendingGroups.Count >= BatchSize || now - oldestPending >= BatchAge)
        {
            Flush();
        }
    }
}
