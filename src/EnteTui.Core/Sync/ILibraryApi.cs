namespace EnteTui.Core.Sync;

/// <summary>The server calls sync and export need; the API client provides them.</summary>
public interface ILibraryApi
{
    Task<CollectionsResponse> GetCollectionsAsync(long sinceTime, CancellationToken cancellationToken);

    Task<CollectionDiffResponse> GetCollectionDiffAsync(long collectionId, long sinceTime, CancellationToken cancellationToken);

    Task<TrashDiffResponse> GetTrashDiffAsync(long sinceTime, CancellationToken cancellationToken);

    /// <summary>The encrypted file object as a stream (the caller disposes it).</summary>
    Task<Stream> DownloadFileAsync(long fileId, CancellationToken cancellationToken);
}
