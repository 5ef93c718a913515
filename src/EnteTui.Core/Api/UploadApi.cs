using System.Xml.Linq;

namespace EnteTui.Core.Api;

/// <summary>
/// Upload endpoints (spec §5.6): URL pools from the API host, then PUTs to object storage with no
/// auth header. Bodies come from a factory so that a retried attempt reopens them.
/// </summary>
public sealed class UploadApi
{
    private readonly ApiConnection connection;

    internal UploadApi(ApiConnection connection) => this.connection = connection;

    /// <summary><c>GET /files/upload-urls?count=</c> (the server caps count at 50); 402/426 when over quota.</summary>
    public async Task<List<UploadUrl>> GetUploadUrlsAsync(int count, CancellationToken cancellationToken) =>
        (await connection.GetJsonAsync<UploadUrlsResponse>($"files/upload-urls?count={count}", cancellationToken)).Urls ?? [];

    /// <summary><c>GET /files/multipart-upload-urls?count=</c>: 1..10000 part URLs plus the completion URL.</summary>
    public async Task<MultipartUploadUrls> GetMultipartUploadUrlsAsync(int partCount, CancellationToken cancellationToken) =>
        (await connection.GetJsonAsync<MultipartUploadUrlsResponse>($"files/multipart-upload-urls?count={partCount}", cancellationToken)).Urls
        ?? throw ApiErrors.InvalidResponse(connection.Call("files/multipart-upload-urls"));

    /// <summary>PUTs a whole object to a single-upload URL.</summary>
    public async Task PutObjectAsync(string url, Func<Stream> openBody, long length, CancellationToken cancellationToken)
    {
        using var response = await PutAsync(url, openBody, length, cancellationToken);
    }

    /// <summary>PUTs one part of a multipart upload and returns its <c>ETag</c> verbatim (quotes included).</summary>
    public async Task<string> PutPartAsync(string partUrl, Func<Stream> openBody, long length, CancellationToken cancellationToken)
    {
        using var response = await PutAsync(partUrl, openBody, length, cancellationToken);
        if (response.Headers.NonValidated.TryGetValues("ETag", out var values) && values.Count > 0)
        {
            return values.ToString();
        }

        throw new EnteApiException(EnteApiErrorKind.InvalidResponse, $"{EnteEndpoint.Describe(new Uri(partUrl))} accepted a part but sent no ETag.");
    }

    /// <summary>POSTs the S3 <c>CompleteMultipartUpload</c> XML (part numbers from 1, in order) to the completion URL.</summary>
    public async Task CompleteMultipartAsync(string completeUrl, IReadOnlyList<string> partETags, CancellationToken cancellationToken)
    {
        var xml = new XElement(
            "CompleteMultipartUpload",
            partETags.Select((etag, i) => new XElement("Part", new XElement("PartNumber", i + 1), new XElement("ETag", etag))));
        var body = xml.ToString(SaveOptions.DisableFormatting);
        var uri = ObjectStorage.ParseUrl(completeUrl);
        using var response = await connection.Storage.SendAsync(
            uri,
            target => new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, "text/xml") },
            HttpCompletionOption.ResponseContentRead,
            cancellationToken);
    }

    private Task<HttpResponseMessage> PutAsync(string url, Func<Stream> openBody, long length, CancellationToken cancellationToken)
    {
        var uri = ObjectStorage.ParseUrl(url);
        return connection.Storage.SendAsync(
            uri,
            target =>
            {
                var content = new StreamContent(openBody());
                content.Headers.ContentLength = length;
                return new HttpRequestMessage(HttpMethod.Put, target) { Content = content };
            },
            HttpCompletionOption.ResponseContentRead,
            cancellationToken);
    }
}
