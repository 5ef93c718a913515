using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /files/upload-urls?count=`.</summary>
public sealed class UploadUrlsResponse
{
    [JsonPropertyName("urls")]
    public List<UploadUrl> Urls { get; set; } = [];
}
