using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>One single-PUT upload URL.</summary>
public sealed class UploadUrl
{
    [JsonPropertyName("objectKey")]
    public string ObjectKey { get; set; } = "";

    [JsonPropertyName("url")]
    public string Url { get; set; } = "";
}
