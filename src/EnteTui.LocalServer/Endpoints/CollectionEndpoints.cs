using EnteTui.LocalServer.Data;
using Microsoft.AspNetCore.Mvc;

namespace EnteTui.LocalServer.Endpoints;

/// <summary>Collection routes (spec §4.1, §4.4, §5.8, §5.9, §3.6).</summary>
internal static class CollectionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var collections = app.MapGroup("/collections").AddEndpointFilterFactory((_, next) => AuthFilters.Storage(next));
        collections.MapGet("/v2", (HttpContext http, ServerDatabase db, [FromQuery] long? sinceTime) =>
            JsonResponses.Ok(db.Read(d => Collections.Changed(d, Caller.Of(http), sinceTime ?? 0))));
        collections.MapGet("/{id:long}", (HttpContext http, ServerDatabase db, long id) =>
            JsonResponses.Ok(db.Read(d => Collections.Get(d, Caller.Of(http), id))));
        collections.MapGet("/v2/diff", (HttpContext http, ServerDatabase db, ServerSettings settings, [FromQuery] long? collectionID, [FromQuery] long? sinceTime) =>
        {
            var id = collectionID ?? throw ApiException.BadRequestCoded("collectionID is required");
            return JsonResponses.Ok(db.Read(d => Diffs.Collection(d, Caller.Of(http), id, sinceTime ?? 0, settings.DiffPageLimit)));
        });
        collections.MapPost("", async (HttpContext http, ServerDatabase db) =>
        {
            var request = await JsonResponses.ReadAsync<CreateCollectionRequest>(http);
            return JsonResponses.Ok(new CollectionResponse { Collection = db.Write(d => Collections.Create(d, Caller.Of(http), request)) });
        });
        collections.MapPost("/add-files", async (HttpContext http, ServerDatabase db) =>
        {
            var request = await JsonResponses.ReadAsync<AddFilesRequest>(http);
            db.Write(d => CollectionFiles.Add(d, Caller.Of(http), request));
            return JsonResponses.OkEmpty();
        });
        collections.MapPost("/v3/remove-files", async (HttpContext http, ServerDatabase db) =>
        {
            var request = await JsonResponses.ReadAsync<RemoveFilesRequest>(http);
            db.Write(d => CollectionFiles.Remove(d, Caller.Of(http), request));
            return JsonResponses.OkEmpty();
        });
        MapMagicMetadata(collections, "/magic-metadata", MagicMetadataKind.Private);
        MapMagicMetadata(collections, "/public-magic-metadata", MagicMetadataKind.Public);
        MapMagicMetadata(collections, "/sharee-magic-metadata", MagicMetadataKind.Sharee);
    }

    private static void MapMagicMetadata(RouteGroupBuilder group, string path, MagicMetadataKind kind) =>
        group.MapPut(path, async (HttpContext http, ServerDatabase db) =>
        {
            var request = await JsonResponses.ReadAsync<CollectionMagicMetadataUpdate>(http);
            db.Write(d => CollectionChanges.UpdateMagicMetadata(d, Caller.Of(http), request, kind));
            return JsonResponses.OkEmpty();
        });
}
