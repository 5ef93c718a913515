using System.Security.Cryptography;
using LiteDB;

namespace EnteTui.Core.Export;

/// <summary>
/// Export state for one (account, export root), kept under the app state directory. Commits are
/// batched by <see cref="ExportStateWriter"/>; a crash loses at most the last batch, which the next
/// run recovers by re-checking what is on disk.
/// </summary>
public sealed class ExportStateStore : LiteDbStore
{
    private const string ItemsCollection = "items";

    private readonly Lock gate = new();

    public ExportStateStore(string path)
        : base(path, "export state", db => db.GetCollection<ExportedItem>(ItemsCollection).EnsureIndex(i => i.CollectionId))
    {
        Albums = Db.GetCollection<ExportedAlbum>("albums");
        Items = Db.GetCollection<ExportedItem>(ItemsCollection);
        Runs = Db.GetCollection<ExportRunRecord>("runs");
    }

    public ILiteCollection<ExportedAlbum> Albums { get; }

    public ILiteCollection<ExportedItem> Items { get; }

    public ILiteCollection<ExportRunRecord> Runs { get; }

    /// <summary>`&lt;state&gt;/exports/&lt;userID&gt;-&lt;hash of the root path&gt;.db`.</summary>
    public static string PathFor(string stateDir, long userId, string exportRoot)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(exportRoot));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root)))[..16];
        return Path.Combine(stateDir, "exports", $"{userId}-{hash}.db");
    }

    public ExportRunRecord? LastRun() => Runs.FindById(1);

    /// <summary>Applies a batch of changes in one transaction.</summary>
    public void Apply(IReadOnlyCollection<StateChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            InTransaction(() =>
            {
                foreach (var change in changes)
                {
                    change.ApplyTo(this);
                }
            });
        }
    }
}
