using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>The `file` / `thumbnail` part of a file record; size is the encrypted size (0 in diffs).</summary>
public sealed class FileObjectAttributes
{
    [JsonPropertyName("objectKey")]
    public string? ObjectKey { get; set; }

    [JsonPropertyName("decryptionHeader")]
    public string DecryptionHeader { get; set; } = "";

    [JsonPropertyName("size")]
    public long Size { get; set; }
}
