using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /collections` (spec §5.8).</summary>
public sealed class CreateCollectionRequest
{
    [JsonPropertyName("encryptedKey")]
    public string EncryptedKey { get; set; } = "";

    [JsonPropertyName("keyDecryptionNonce")]
    public string KeyDecryptionNonce { get; set; } = "";

    [JsonPropertyName("encryptedName")]
    public string EncryptedName { get; set; } = "";

    [JsonPropertyName("nameDecryptionNonce")]
    public string NameDecryptionNonce { get; set; } = "";

    [JsonPropertyName("type")]
    public string Type { get; set; } = "album";

    [JsonPropertyName("magicMetadata")]
    public MagicMetadataEnvelope? MagicMetadata { get; set; }

    [JsonPropertyName("pubMagicMetadata")]
    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }
}
