using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /files/multipart-upload-urls?count=`.</summary>
public sealed class MultipartUploadUrlsResponse
{
    [JsonPropertyName("urls")]
    public MultipartUploadUrls? Urls { get; set; }
}
