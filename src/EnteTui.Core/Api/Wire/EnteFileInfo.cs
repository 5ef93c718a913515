using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Encrypted object sizes of a file.</summary>
public sealed class EnteFileInfo
{
    [JsonPropertyName("fileSize")]
    public long FileSize { get; set; }

    [JsonPropertyName("thumbSize")]
    public long ThumbSize { get; set; }
}
