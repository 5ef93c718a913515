using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>The `metadata` part of a file record: Blob-encrypted JSON.</summary>
public sealed class FileMetadataAttributes
{
    [JsonPropertyName("encryptedData")]
    public string? EncryptedData { get; set; }

    [JsonPropertyName("decryptionHeader")]
    public string DecryptionHeader { get; set; } = "";

    [JsonPropertyName("size")]
    public long Size { get; set; }
}
