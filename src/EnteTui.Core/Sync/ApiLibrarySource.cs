namespace EnteTui.Core.Sync;

/// <summary><see cref="ILibraryApi"/> over the real API client.</summary>
public sealed class ApiLibrarySource(EnteApiClient client) : ILibraryApi
{
    public async Task<CollectionsResponse> GetCollectionsAsync(long sinceTime, CancellationToken cancellationToken) =>
        new() { Collections = await client.Collections.GetCollectionsAsync(sinceTime, cancellationToken) };

    public Task<CollectionDiffResponse> GetCollectionDiffAsync(long collectionId, long sinceTime, CancellationToken cancellationToken) =>
        client.Collections.GetDiffAsync(collectionId, sinceTime, cancellationToken);

    public Task<TrashDiffResponse> GetTrashDiffAsync(long sinceTime, CancellationToken cancellationToken) =>
        client.Trash.GetDiffAsync(sinceTime, cancellationToken);

    public async Task<Stream> DownloadFileAsync(long fileId, CancellationToken cancellationToken) =>
        new DownloadStream(await client.Files.DownloadFileAsync(fileId, cancellationToken));
}
