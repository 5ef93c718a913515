namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /files/upload-urls?count=`.</summary>
public sealed class UploadUrlsResponse
{
    public List<UploadUrl> Urls { get; set; } = [];
}
