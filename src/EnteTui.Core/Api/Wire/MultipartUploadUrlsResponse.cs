namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /files/multipart-upload-urls?count=`.</summary>
public sealed class MultipartUploadUrlsResponse
{
    public MultipartUploadUrls? Urls { get; set; }
}
