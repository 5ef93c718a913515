using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>A file record: diff entry, `POST /files` response, trash file (spec §4.5). Keyed by (Id, CollectionId).</summary>
public sealed class EnteFile
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("ownerID")]
    public long OwnerId { get; set; }

    [JsonPropertyName("collectionID")]
    public long CollectionId { get; set; }

    [JsonPropertyName("collectionOwnerID")]
    public long? CollectionOwnerId { get; set; }

    [JsonPropertyName("collectionAddedAt")]
    public long? CollectionAddedAt { get; set; }

    [JsonPropertyName("encryptedKey")]
    public string? EncryptedKey { get; set; }

    [JsonPropertyName("keyDecryptionNonce")]
    public string? KeyDecryptionNonce { get; set; }

    [JsonPropertyName("file")]
    public FileObjectAttributes? File { get; set; }

    [JsonPropertyName("thumbnail")]
    public FileObjectAttributes? Thumbnail { get; set; }

    [JsonPropertyName("metadata")]
    public FileMetadataAttributes? Metadata { get; set; }

    [JsonPropertyName("isDeleted")]
    public bool IsDeleted { get; set; }

    [JsonPropertyName("updationTime")]
    public long UpdationTime { get; set; }

    [JsonPropertyName("magicMetadata")]
    public MagicMetadataEnvelope? MagicMetadata { get; set; }

    [JsonPropertyName("pubMagicMetadata")]
    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }

    [JsonPropertyName("info")]
    public EnteFileInfo? Info { get; set; }

    [JsonPropertyName("action")]
    public string? Action { get; set; }

    [JsonPropertyName("actionUser")]
    public long? ActionUser { get; set; }
}
