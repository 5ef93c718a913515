namespace EnteTui.Core.Import.Upload;

/// <summary>
/// The files an upload must not repeat: the account's files in its non-hidden owned collections,
/// plus everything this import uploaded. Thread-safe.
/// </summary>
public sealed class DedupeIndex
{
    private readonly Dictionary<DedupeKey, Entry> entries = new();
    private readonly HashSet<string> titles = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public static DedupeIndex FromAccount(AccountSnapshot account)
    {
        var usable = account.Collections.Where(c => c.IsOwned && !c.IsHidden).Select(c => c.Id).ToHashSet();
        var index = new DedupeIndex();
        foreach (var file in account.Files.Where(f => usable.Contains(f.CollectionId)))
        {
            index.Add(new DedupeKey(file.Title, file.FileType, file.Hash), file.FileId, file.CollectionId, file.EncryptedKey, file.KeyDecryptionNonce);
        }

        return index;
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public void Add(DedupeKey key, long fileId, long collectionId, string encryptedKey, string nonce)
    {
        if (!key.IsUsable)
        {
            return;
        }

        lock (gate)
        {
            if (!entries.TryGetValue(key, out var entry))
            {
                entry = new Entry(fileId, collectionId, encryptedKey, nonce);
                entries[key] = entry;
                titles.Add(key.Title);
            }

            if (entry.FileId == fileId)
            {
                entry.Collections.Add(collectionId);
            }
        }
    }

    /// <summary>Records that a matched file is now also in <paramref name="collectionId"/>.</summary>
    public void AddCollection(DedupeKey key, long collectionId)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var entry))
            {
                entry.Collections.Add(collectionId);
            }
        }
    }

    /// <summary>Whether any file of the index has this title (whatever its type and hash).</summary>
    public bool HoldsTitle(string title)
    {
        lock (gate)
        {
            return titles.Contains(title);
        }
    }

    public DedupeHit? Find(DedupeKey key)
    {
        if (!key.IsUsable)
        {
            return null;
        }

        lock (gate)
        {
            return entries.TryGetValue(key, out var e)
                ? new DedupeHit(e.FileId, e.Collections.ToHashSet(), e.KeyCollectionId, e.EncryptedKey, e.Nonce)
                : null;
        }
    }

    private sealed record Entry(long FileId, long KeyCollectionId, string EncryptedKey, string Nonce)
    {
        public HashSet<long> Collections { get; } = [];
    }
}
