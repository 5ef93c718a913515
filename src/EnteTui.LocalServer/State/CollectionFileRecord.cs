namespace EnteTui.LocalServer.State;

/// <summary>A file in a collection, with the file key wrapped by that collection's key.</summary>
internal sealed class CollectionFileRecord
{
    /// <summary>"collectionId:fileId".</summary>
    public string Id { get; set; } = "";

    public long CollectionId { get; set; }

    public long FileId { get; set; }

    public long CollectionOwnerId { get; set; }

    public string EncryptedKey { get; set; } = "";

    public string KeyDecryptionNonce { get; set; } = "";

    public bool IsDeleted { get; set; }

    public long UpdationTime { get; set; }

    public long AddedAt { get; set; }

    public static string KeyOf(long collectionId, long fileId) => $"{collectionId}:{fileId}";

    /// <summary>The row of a file added to <paramref name="collection"/> at <paramref name="now"/> (an upload or an add).</summary>
    public static CollectionFileRecord Added(CollectionRecord collection, long fileId, string encryptedKey, string keyDecryptionNonce, long now) => new()
    {
        Id = KeyOf(collection.Id, fileId),
        CollectionId = collection.Id,
        FileId = fileId,
        CollectionOwnerId = collection.OwnerId,
        EncryptedKey = encryptedKey,
        KeyDecryptionNonce = keyDecryptionNonce,
        UpdationTime = now,
        AddedAt = now,
    };
}
