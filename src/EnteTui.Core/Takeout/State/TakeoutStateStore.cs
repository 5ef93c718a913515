using System.IO.Compression;

using EnteTui.Core.Takeout.Scanning;

using LiteDB;

using Json = System.Text.Json.JsonSerializer;

namespace EnteTui.Core.Takeout.State;

/// <summary>
/// Takeout scan state in LiteDB under the app state dir (<c>takeout.db</c>): part listings keyed by
/// each part's full path + size + mtime (a rescan of unchanged parts reads nothing), and manual
/// resolutions (media path → sidecar path, or null = skip) per set of parts, for the import wizard.
/// </summary>
public sealed class TakeoutStateStore : LiteDbStore, IListingCache
{
    public const string FileName = "takeout.db";
    private const int ChunkBytes = 4 << 20;
    private const string ListingsCollection = "listings";
    private const string ChunksCollection = "listing_chunks";
    private const string ResolutionsCollection = "resolutions";

    private readonly ILiteCollection<BsonDocument> listings;
    private readonly ILiteCollection<BsonDocument> chunks;
    private readonly ILiteCollection<BsonDocument> resolutions;
    private readonly Lock gate = new();

    public TakeoutStateStore(string databasePath)
        : base(databasePath, "Takeout scan cache", db =>
        {
            db.GetCollection(ChunksCollection).EnsureIndex("key");
            db.GetCollection(ListingsCollection).EnsureIndex("path");
            db.GetCollection(ResolutionsCollection).EnsureIndex("session");
        })
    {
        this.listings = Db.GetCollection(ListingsCollection);
        this.chunks = Db.GetCollection(ChunksCollection);
        this.resolutions = Db.GetCollection(ResolutionsCollection);
    }

    public static TakeoutStateStore Open(AppPaths paths) => new(Path.Combine(paths.StateDir, FileName));

    public PartListing? TryGet(TakeoutPart part)
    {
        lock (gate)
        {
            var header = this.listings.FindById(part.CacheKey);
            if (header is null || header["version"].AsInt32 != StoredListing.CurrentVersion)
            {
                return null;
            }

            var chunks = this.chunks.Find(Query.EQ("key", part.CacheKey)).OrderBy(c => c["index"].AsInt32).Select(c => c["data"].AsBinary).ToList();
            if (chunks.Count != header["chunks"].AsInt32)
            {
                return null;
            }

            using var compressed = new MemoryStream(chunks.SelectMany(c => c).ToArray());
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
            var stored = Json.Deserialize<StoredListing>(gzip);
            return stored?.ToListing(part);
        }
    }

    public void Put(PartListing listing)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            Json.Serialize(gzip, StoredListing.From(listing));
        }

        var bytes = buffer.ToArray();
        var key = listing.Part.CacheKey;
        lock (gate)
        {
            InTransaction(() =>
            {
                ForgetStale(listing.Part);
                this.chunks.DeleteMany(Query.EQ("key", key));
                var count = 0;
                for (var offset = 0; offset < bytes.Length || count == 0; offset += ChunkBytes, count++)
                {
                    var data = bytes.AsSpan(offset, Math.Min(ChunkBytes, bytes.Length - offset)).ToArray();
                    this.chunks.Insert(new BsonDocument { ["_id"] = $"{key}#{count}", ["key"] = key, ["index"] = count, ["data"] = data });
                }

                this.listings.Upsert(new BsonDocument
                {
                    ["_id"] = key,
                    ["path"] = listing.Part.FullPath,
                    ["version"] = StoredListing.CurrentVersion,
                    ["chunks"] = count,
                    ["stored"] = DateTime.UtcNow,
                });
            });
        }
    }

    /// <summary>Stores a person's decision for one media path: its sidecar path, or null to skip the item.</summary>
    public void SaveResolution(string session, string mediaPath, string? sidecarPath)
    {
        lock (gate)
        {
            this.resolutions.Upsert(new BsonDocument
            {
                ["_id"] = $"{session}\n{mediaPath}",
                ["session"] = session,
                ["media"] = mediaPath,
                ["sidecar"] = sidecarPath is null ? BsonValue.Null : new BsonValue(sidecarPath),
            });
        }
    }

    public void RemoveResolution(string session, string mediaPath)
    {
        lock (gate)
        {
            this.resolutions.Delete($"{session}\n{mediaPath}");
        }
    }

    /// <summary>Media path → sidecar path (null = skip) for one set of parts (<see cref="TakeoutScanResult.SessionKey"/>).</summary>
    public IReadOnlyDictionary<string, string?> GetResolutions(string session)
    {
        lock (gate)
        {
            return this.resolutions.Find(Query.EQ("session", session))
                .ToDictionary(d => d["media"].AsString, d => d["sidecar"].IsNull ? null : d["sidecar"].AsString, StringComparer.Ordinal);
        }
    }

    /// <summary>Removes cached listings of the same path under another key (the part changed since).</summary>
    private void ForgetStale(TakeoutPart part)
    {
        foreach (var stale in this.listings.Find(Query.EQ("path", part.FullPath)).Where(d => d["_id"].AsString != part.CacheKey).ToList())
        {
            this.chunks.DeleteMany(Query.EQ("key", stale["_id"].AsString));
            this.listings.Delete(stale["_id"]);
        }
    }
}
