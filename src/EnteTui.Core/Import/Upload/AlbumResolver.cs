using EnteTui.Core.Import.State;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// Finds or creates the collections an import writes to: albums by title (an owned, visible album
/// of that name is reused), the account's Uncategorized and Favorites (created when missing).
/// </summary>
public sealed class AlbumResolver(IImportTarget target, AccountSnapshot account, ImportStateStore state)
{
    private readonly Dictionary<long, AccountCollection> collections = account.Collections.Where(c => c.IsOwned).ToDictionary(c => c.Id);
    private readonly SemaphoreSlim gate = new(1, 1);

    public byte[] KeyOf(long collectionId) => collections.TryGetValue(collectionId, out var c)
        ? c.Key
        : throw new InvalidOperationException($"Collection {collectionId} is not an owned collection of this account.");

    public Task<AccountCollection> AlbumAsync(string title, CancellationToken cancellationToken) =>
        ResolveAsync(title, AccountCollection.Album, cancellationToken);

    public Task<AccountCollection> UncategorizedAsync(CancellationToken cancellationToken) =>
        ResolveAsync("Uncategorized", AccountCollection.Uncategorized, cancellationToken);

    public Task<AccountCollection> FavoritesAsync(CancellationToken cancellationToken) =>
        ResolveAsync("Favorites", AccountCollection.Favorites, cancellationToken);

    private async Task<AccountCollection> ResolveAsync(string name, string type, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var stateKey = type == AccountCollection.Album ? name : "\u0000" + type;
            if (state.FindAlbum(stateKey) is long recorded && collections.TryGetValue(recorded, out var known))
            {
                return known;
            }

            var existing = type == AccountCollection.Album
                ? collections.Values.Where(c => c.Type == type && !c.IsHidden && c.Name == name).OrderBy(c => c.Id).FirstOrDefault()
                : collections.Values.Where(c => c.Type == type).OrderBy(c => c.Id).FirstOrDefault();
            var collection = existing ?? await CreateAsync(name, type, cancellationToken);
            state.SaveAlbum(stateKey, collection.Id);
            return collection;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<AccountCollection> CreateAsync(string name, string type, CancellationToken cancellationToken)
    {
        var key = CryptoRandom.NewKey();
        var wrappedKey = SecretBox.Encrypt(key, account.MasterKey);
        var encryptedName = SecretBox.Encrypt(Encoding.UTF8.GetBytes(name), key);
        var created = await target.CreateCollectionAsync(
            new CreateCollectionRequest
            {
                EncryptedKey = EnteBase64.Encode(wrappedKey.Ciphertext),
                KeyDecryptionNonce = EnteBase64.Encode(wrappedKey.Nonce),
                EncryptedName = EnteBase64.Encode(encryptedName.Ciphertext),
                NameDecryptionNonce = EnteBase64.Encode(encryptedName.Nonce),
                Type = type,
            },
            cancellationToken);

        // For favorites/uncategorized the server may answer with an existing collection: unwrap its own key.
        var collectionKey = created.EncryptedKey == EnteBase64.Encode(wrappedKey.Ciphertext) || string.IsNullOrEmpty(created.KeyDecryptionNonce)
            ? key
            : SecretBox.Decrypt(EnteBase64.Decode(created.EncryptedKey), EnteBase64.Decode(created.KeyDecryptionNonce), account.MasterKey);
        var collection = new AccountCollection(created.Id, name, type, collectionKey, IsOwned: true, IsHidden: false);
        collections[collection.Id] = collection;
        return collection;
    }
}
