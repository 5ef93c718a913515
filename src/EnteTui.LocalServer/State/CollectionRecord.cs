namespace EnteTui.LocalServer.State;

/// <summary>A collection (album, folder, favorites, uncategorized) as the owner created it.</summary>
internal sealed class CollectionRecord : IOwnerMagicMetadata
{
    public long Id { get; set; }

    public long OwnerId { get; set; }

    public string App { get; set; } = "photos";

    public string EncryptedKey { get; set; } = "";

    public string KeyDecryptionNonce { get; set; } = "";

    public string? Name { get; set; }

    public string? EncryptedName { get; set; }

    public string? NameDecryptionNonce { get; set; }

    public string Type { get; set; } = "album";

    public MagicMetadataEnvelope? MagicMetadata { get; set; }

    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }

    public bool IsDeleted { get; set; }

    public long UpdationTime { get; set; }

    public long CreationTime { get; set; }
}
