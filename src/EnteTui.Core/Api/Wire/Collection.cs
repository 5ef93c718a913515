using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>A collection as the server sends it (spec §4.2).</summary>
public sealed class Collection
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("owner")]
    public CollectionUser Owner { get; set; } = new();

    [JsonPropertyName("encryptedKey")]
    public string EncryptedKey { get; set; } = "";

    [JsonPropertyName("keyDecryptionNonce")]
    public string? KeyDecryptionNonce { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("encryptedName")]
    public string? EncryptedName { get; set; }

    [JsonPropertyName("nameDecryptionNonce")]
    public string? NameDecryptionNonce { get; set; }

    [JsonPropertyName("type")]
    public string Type { get; set; } = "album";

    [JsonPropertyName("sharees")]
    public List<CollectionUser>? Sharees { get; set; }

    [JsonPropertyName("publicURLs")]
    public System.Text.Json.JsonElement? PublicUrls { get; set; }

    [JsonPropertyName("updationTime")]
    public long UpdationTime { get; set; }

    [JsonPropertyName("sharedAt")]
    public long? SharedAt { get; set; }

    [JsonPropertyName("isDeleted")]
    public bool IsDeleted { get; set; }

    [JsonPropertyName("magicMetadata")]
    public MagicMetadataEnvelope? MagicMetadata { get; set; }

    [JsonPropertyName("pubMagicMetadata")]
    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }

    [JsonPropertyName("sharedMagicMetadata")]
    public MagicMetadataEnvelope? SharedMagicMetadata { get; set; }

    [JsonPropertyName("app")]
    public string? App { get; set; }
}
