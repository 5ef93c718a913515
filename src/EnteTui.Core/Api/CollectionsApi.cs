namespace EnteTui.Core.Api;

/// <summary>Collection endpoints (spec §4.1, §4.4, §3.6, §5.8, §5.9).</summary>
public sealed class CollectionsApi
{
    private readonly ApiConnection connection;

    internal CollectionsApi(ApiConnection connection) => this.connection = connection;

    /// <summary><c>GET /collections/v2?sinceTime=</c>: every collection changed after <paramref name="sinceTime"/> (µs), tombstones included; not paginated.</summary>
    public async Task<List<Collection>> GetCollectionsAsync(long sinceTime, CancellationToken cancellationToken) =>
        (await connection.GetJsonAsync<CollectionsResponse>($"collections/v2?sinceTime={sinceTime}", cancellationToken)).Collections ?? [];

    public async Task<Collection> GetCollectionAsync(long collectionId, CancellationToken cancellationToken) =>
        (await connection.GetJsonAsync<CollectionResponse>($"collections/{collectionId}", cancellationToken)).Collection
        ?? throw ApiErrors.InvalidResponse(connection.Call($"collections/{collectionId}"));

    /// <summary>
    /// <c>GET /collections/v2/diff</c>: one page of rows with updationTime &gt; <paramref name="sinceTime"/>, ascending.
    /// Page by the largest updationTime seen, never by count; stop on <c>hasMore == false</c>.
    /// </summary>
    public async Task<CollectionDiffResponse> GetDiffAsync(long collectionId, long sinceTime, CancellationToken cancellationToken)
    {
        var page = await connection.GetJsonAsync<CollectionDiffResponse>($"collections/v2/diff?collectionID={collectionId}&sinceTime={sinceTime}", cancellationToken);
        page.Diff ??= [];
        return page;
    }

    /// <summary><c>POST /collections</c>; for favorites/uncategorized the server returns the existing one.</summary>
    public async Task<Collection> CreateAsync(CreateCollectionRequest request, CancellationToken cancellationToken) =>
        (await connection.SendJsonAsync<CreateCollectionRequest, CollectionResponse>(HttpMethod.Post, "collections", request, cancellationToken)).Collection
        ?? throw ApiErrors.InvalidResponse(connection.Call("collections"));

    /// <summary><c>POST /collections/add-files</c>: at most 1000 files, all owned by the caller, none in the trash (409).</summary>
    public Task AddFilesAsync(AddFilesRequest request, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(HttpMethod.Post, "collections/add-files", request, cancellationToken);

    /// <summary><c>POST /collections/v3/remove-files</c>.</summary>
    public Task RemoveFilesAsync(RemoveFilesRequest request, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(HttpMethod.Post, "collections/v3/remove-files", request, cancellationToken);

    /// <summary><c>PUT /collections/magic-metadata</c> (owner's private metadata); 409 on a version mismatch.</summary>
    public Task UpdateMagicMetadataAsync(CollectionMagicMetadataUpdate update, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(HttpMethod.Put, "collections/magic-metadata", update, cancellationToken);

    /// <summary><c>PUT /collections/public-magic-metadata</c> (owner).</summary>
    public Task UpdatePublicMagicMetadataAsync(CollectionMagicMetadataUpdate update, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(HttpMethod.Put, "collections/public-magic-metadata", update, cancellationToken);

    /// <summary><c>PUT /collections/sharee-magic-metadata</c> (sharee's own view of a shared collection).</summary>
    public Task UpdateShareeMagicMetadataAsync(CollectionMagicMetadataUpdate update, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(HttpMethod.Put, "collections/sharee-magic-metadata", update, cancellationToken);
}
