using EnteTui.Core.Accounts;

namespace EnteTui.Core.Sync;

/// <summary>
/// Unwraps collection and file keys at run time from their wire-encrypted form (spec §3.3, §3.5):
/// owned collections (owner <paramref name="userId"/>) with secretbox under the master key, shared ones with the sealed box.
/// </summary>
public sealed class CollectionKeyRing(long userId, AccountKeys account)
{
    private readonly ConcurrentDictionary<long, byte[]> keys = new();

    public long UserId => userId;

    public byte[] CollectionKey(LibraryCollection collection) =>
        keys.GetOrAdd(collection.Id, _ => Unwrap(collection.OwnerId, collection.EncryptedKey, collection.KeyDecryptionNonce));

    public byte[] Unwrap(long ownerId, string encryptedKey, string? nonce)
    {
        var ciphertext = EnteBase64.Decode(encryptedKey);
        return ownerId == userId && !string.IsNullOrEmpty(nonce)
            ? SecretBox.Decrypt(ciphertext, EnteBase64.Decode(nonce), account.MasterKey)
            : SealedBox.Open(ciphertext, account.PublicKey, account.SecretKey);
    }

    public byte[] FileKey(LibraryFile file, byte[] collectionKey) =>
        SecretBox.Decrypt(EnteBase64.Decode(file.EncryptedKey), EnteBase64.Decode(file.KeyDecryptionNonce), collectionKey);

    public void Remember(long collectionId, byte[] key) => keys[collectionId] = key;
}
