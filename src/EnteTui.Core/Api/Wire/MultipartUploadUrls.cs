namespace EnteTui.Core.Api.Wire;

/// <summary>Part URLs and the completion URL of one multipart object.</summary>
public sealed class MultipartUploadUrls
{
    public string ObjectKey { get; set; } = "";

    [JsonPropertyName("partURLs")]
    public List<string> PartUrls { get; set; } = [];

    [JsonPropertyName("completeURL")]
    public string CompleteUrl { get; set; } = "";
}
