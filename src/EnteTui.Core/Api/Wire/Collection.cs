namespace EnteTui.Core.Api.Wire;

/// <summary>A collection as the server sends it (spec §4.2).</summary>
public sealed class Collection
{
    public long Id { get; set; }

    public CollectionUser Owner { get; set; } = new();

    public string EncryptedKey { get; set; } = "";

    public string? KeyDecryptionNonce { get; set; }

    public string? Name { get; set; }

    public string? EncryptedName { get; set; }

    public string? NameDecryptionNonce { get; set; }

    public string Type { get; set; } = "album";

    public List<CollectionUser>? Sharees { get; set; }

    [JsonPropertyName("publicURLs")]
    public System.Text.Json.JsonElement? PublicUrls { get; set; }

    public long UpdationTime { get; set; }

    public long? SharedAt { get; set; }

    public bool IsDeleted { get; set; }

    public MagicMetadataEnvelope? MagicMetadata { get; set; }

    public MagicMetadataEnvelope? PubMagicMetadata { get; set; }

    public MagicMetadataEnvelope? SharedMagicMetadata { get; set; }

    public string? App { get; set; }
}
