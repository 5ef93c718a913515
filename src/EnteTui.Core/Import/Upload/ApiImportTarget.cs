namespace EnteTui.Core.Import.Upload;

/// <summary><see cref="IImportTarget"/> over the typed API client.</summary>
public sealed class ApiImportTarget(EnteApiClient client) : IImportTarget
{
    public async Task<IReadOnlyList<UploadUrl>> GetUploadUrlsAsync(int count, CancellationToken cancellationToken) =>
        await client.Uploads.GetUploadUrlsAsync(count, cancellationToken);

    public Task<MultipartUploadUrls> GetMultipartUploadUrlsAsync(int partCount, CancellationToken cancellationToken) =>
        client.Uploads.GetMultipartUploadUrlsAsync(partCount, cancellationToken);

    public Task PutObjectAsync(string url, Func<Stream> openBody, long length, CancellationToken cancellationToken) =>
        client.Uploads.PutObjectAsync(url, openBody, length, cancellationToken);

    public Task<string> PutPartAsync(string partUrl, Func<Stream> openBody, long length, CancellationToken cancellationToken) =>
        client.Uploads.PutPartAsync(partUrl, openBody, length, cancellationToken);

    public Task CompleteMultipartAsync(string completeUrl, IReadOnlyList<string> partETags, CancellationToken cancellationToken) =>
        client.Uploads.CompleteMultipartAsync(completeUrl, partETags, cancellationToken);

    public Task<EnteFile> CreateFileAsync(CreateFileRequest request, CancellationToken cancellationToken) =>
        client.Files.CreateAsync(request, cancellationToken);

    public Task AddFilesAsync(AddFilesRequest request, CancellationToken cancellationToken) =>
        client.Collections.AddFilesAsync(request, cancellationToken);

    public Task<Collection> CreateCollectionAsync(CreateCollectionRequest request, CancellationToken cancellationToken) =>
        client.Collections.CreateAsync(request, cancellationToken);
}
