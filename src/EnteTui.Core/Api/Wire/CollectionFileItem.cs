using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>A file key re-wrapped for a target collection.</summary>
public sealed class CollectionFileItem
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("encryptedKey")]
    public string EncryptedKey { get; set; } = "";

    [JsonPropertyName("keyDecryptionNonce")]
    public string KeyDecryptionNonce { get; set; } = "";
}
