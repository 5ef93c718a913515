namespace EnteTui.Core.Import.Upload;

/// <summary>The server calls an import makes (spec §5.6–§5.9); the API client provides them.</summary>
public interface IImportTarget
{
    Task<IReadOnlyList<UploadUrl>> GetUploadUrlsAsync(int count, CancellationToken cancellationToken);

    Task<MultipartUploadUrls> GetMultipartUploadUrlsAsync(int partCount, CancellationToken cancellationToken);

    Task PutObjectAsync(string url, Func<Stream> openBody, long length, CancellationToken cancellationToken);

    Task<string> PutPartAsync(string partUrl, Func<Stream> openBody, long length, CancellationToken cancellationToken);

    Task CompleteMultipartAsync(string completeUrl, IReadOnlyList<string> partETags, CancellationToken cancellationToken);

    Task<EnteFile> CreateFileAsync(CreateFileRequest request, CancellationToken cancellationToken);

    Task AddFilesAsync(AddFilesRequest request, CancellationToken cancellationToken);

    Task<Collection> CreateCollectionAsync(CreateCollectionRequest request, CancellationToken cancellationToken);
}
