using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /files` (spec §5.7).</summary>
public sealed class CreateFileRequest
{
    [JsonPropertyName("collectionID")]
    public long CollectionId { get; set; }

    [JsonPropertyName("encryptedKey")]
    public string EncryptedKey { get; set; } = "";

    [JsonPropertyName("keyDecryptionNonce")]
    public string KeyDecryptionNonce { get; set; } = "";

    [JsonPropertyName("file")]
    public FileObjectAttributes File { get; set; } = new();

    [JsonPropertyName("thumbnail")]
    public FileObjectAttributes Thumbnail { get; set; } = new();

    [JsonPropertyName("metadata")]
    public FileMetadataAttributes Metadata { get; set; } = new();

    [JsonPropertyName("pubMagicMetadata")]
    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }

    [JsonPropertyName("magicMetadata")]
    public MagicMetadataEnvelope? MagicMetadata { get; set; }
}
