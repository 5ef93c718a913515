namespace EnteTui.Core.Api.Wire;

/// <summary>A file record: diff entry, `POST /files` response, trash file (spec §4.5). Keyed by (Id, CollectionId).</summary>
public sealed class EnteFile
{
    public long Id { get; set; }

    [JsonPropertyName("ownerID")]
    public long OwnerId { get; set; }

    [JsonPropertyName("collectionID")]
    public long CollectionId { get; set; }

    [JsonPropertyName("collectionOwnerID")]
    public long? CollectionOwnerId { get; set; }

    public long? CollectionAddedAt { get; set; }

    public string? EncryptedKey { get; set; }

    public string? KeyDecryptionNonce { get; set; }

    public FileObjectAttributes? File { get; set; }

    public FileObjectAttributes? Thumbnail { get; set; }

    public FileMetadataAttributes? Metadata { get; set; }

    public bool IsDeleted { get; set; }

    public long UpdationTime { get; set; }

    public MagicMetadataEnvelope? MagicMetadata { get; set; }

    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }

    public EnteFileInfo? Info { get; set; }

    public string? Action { get; set; }

    public long? ActionUser { get; set; }
}
