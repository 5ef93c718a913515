namespace EnteTui.LocalServer.State;

/// <summary>A collection shared with another user: the collection key sealed to the sharee's public key.</summary>
internal sealed class ShareRecord
{
    /// <summary>"collectionId:shareeId".</summary>
    public string Id { get; set; } = "";

    public long CollectionId { get; set; }

    public long ShareeId { get; set; }

    public string EncryptedKey { get; set; } = "";

    /// <summary>VIEWER, COLLABORATOR or ADMIN.</summary>
    public string Role { get; set; } = "VIEWER";

    public MagicMetadataEnvelope? SharedMagicMetadata { get; set; }

    public bool IsDeleted { get; set; }

    public long SharedAt { get; set; }

    public long UpdationTime { get; set; }

    public static string KeyOf(long collectionId, long shareeId) => $"{collectionId}:{shareeId}";
}
