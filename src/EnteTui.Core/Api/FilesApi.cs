namespace EnteTui.Core.Api;

/// <summary>File endpoints: streamed downloads (spec §4.8), the file record (§5.7) and file magic metadata (§3.6).</summary>
public sealed class FilesApi
{
    private readonly ApiConnection connection;

    internal FilesApi(ApiConnection connection) => this.connection = connection;

    /// <summary>The encrypted file object, streamed: <c>GET /files/download/{id}</c>, token in the query, following a 307 to storage without any token.</summary>
    public Task<ObjectDownload> DownloadFileAsync(long fileId, CancellationToken cancellationToken) =>
        DownloadAsync($"files/download/{fileId}", cancellationToken);

    /// <summary>The encrypted thumbnail (a Blob), streamed: <c>GET /files/preview/{id}</c>.</summary>
    public Task<ObjectDownload> DownloadThumbnailAsync(long fileId, CancellationToken cancellationToken) =>
        DownloadAsync($"files/preview/{fileId}", cancellationToken);

    /// <summary><c>POST /files</c>; safe to retry with the same object keys (the server returns the existing file).</summary>
    public Task<EnteFile> CreateAsync(CreateFileRequest request, CancellationToken cancellationToken) =>
        connection.SendJsonAsync<CreateFileRequest, EnteFile>(HttpMethod.Post, "files", request, cancellationToken);

    /// <summary><c>PUT /files/public-magic-metadata</c> (caption, edited name/time/location); 409 on a version mismatch.</summary>
    public Task UpdatePublicMagicMetadataAsync(UpdateFileMagicMetadataRequest request, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(HttpMethod.Put, "files/public-magic-metadata", request, cancellationToken);

    /// <summary><c>PUT /files/magic-metadata</c> (owner's private metadata: visibility).</summary>
    public Task UpdateMagicMetadataAsync(UpdateFileMagicMetadataRequest request, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(HttpMethod.Put, "files/magic-metadata", request, cancellationToken);

    private async Task<ObjectDownload> DownloadAsync(string path, CancellationToken cancellationToken)
    {
        var call = connection.Call(path);
        var policy = new RequestPolicy(call.Target, HttpCompletionOption.ResponseHeadersRead);
        var response = await connection.Http.SendAsync(() => connection.CreateDownloadRequest(path), policy, cancellationToken);
        response = await connection.Storage.FollowRedirectsAsync(response, cancellationToken);
        var source = response.RequestMessage?.RequestUri is { } uri ? EnteEndpoint.Describe(uri) : call.Target;
        await ApiConnection.EnsureSuccessAsync(response, call with { Target = source }, cancellationToken);
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return new ObjectDownload(response, body, source, connection.Http.Options.ReadIdleTimeout);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
