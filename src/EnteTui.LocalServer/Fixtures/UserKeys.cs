using System.Text;

namespace EnteTui.LocalServer.Fixtures;

/// <summary>A provisioned user's keys, and the collection and file keys they open (spec §3.3, §3.5).</summary>
internal sealed class UserKeys(long userId, byte[] masterKey, byte[] secretKey, byte[] publicKey)
{
    public long UserId { get; } = userId;

    public byte[] MasterKey { get; } = masterKey;

    public byte[] PublicKey { get; } = publicKey;

    public static UserKeys Load(ServerDatabase d, long userId)
    {
        var keys = d.FixtureKeys.FindById(userId)
            ?? throw new InvalidOperationException("This account was not provisioned by this server, so it has no fixture keys.");
        return new UserKeys(userId, EnteBase64.Decode(keys.MasterKey), EnteBase64.Decode(keys.SecretKey), EnteBase64.Decode(keys.PublicKey));
    }

    public byte[] CollectionKey(ServerDatabase d, CollectionRecord collection)
    {
        if (collection.OwnerId == UserId)
        {
            return SecretBox.Decrypt(EnteBase64.Decode(collection.EncryptedKey), EnteBase64.Decode(collection.KeyDecryptionNonce), MasterKey);
        }

        var share = d.Shares.FindById(ShareRecord.KeyOf(collection.Id, UserId))
            ?? throw new InvalidOperationException($"Collection {collection.Id} is not shared with user {UserId}.");
        return SealedBox.Open(EnteBase64.Decode(share.EncryptedKey), PublicKey, secretKey);
    }

    public string CollectionName(ServerDatabase d, CollectionRecord collection)
    {
        if (string.IsNullOrEmpty(collection.EncryptedName))
        {
            return collection.Name ?? "";
        }

        var key = CollectionKey(d, collection);
        return Encoding.UTF8.GetString(SecretBox.Decrypt(EnteBase64.Decode(collection.EncryptedName), EnteBase64.Decode(collection.NameDecryptionNonce!), key));
    }

    /// <summary>The file key, unwrapped through any row of the file in a collection this user can open.</summary>
    public byte[] FileKey(ServerDatabase d, long fileId)
    {
        foreach (var row in d.CollectionFiles.Find(r => r.FileId == fileId).OrderBy(r => r.IsDeleted))
        {
            var collection = d.Collections.FindById(row.CollectionId);
            if (collection.OwnerId == UserId || d.Shares.FindById(ShareRecord.KeyOf(collection.Id, UserId)) is not null)
            {
                return SecretBox.Decrypt(EnteBase64.Decode(row.EncryptedKey), EnteBase64.Decode(row.KeyDecryptionNonce), CollectionKey(d, collection));
            }
        }

        throw new InvalidOperationException($"File {fileId} is in no collection user {UserId} can open.");
    }

    public SecretBoxCiphertext Wrap(byte[] key, byte[] wrappingKey) => SecretBox.Encrypt(key, wrappingKey);
}
