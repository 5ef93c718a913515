using EnteTui.LocalServer.Data;
using EnteTui.LocalServer.Storage;
using Microsoft.AspNetCore.Mvc;

namespace EnteTui.LocalServer.Endpoints;

/// <summary>File routes: upload URLs, create, download redirects, magic metadata, trash (spec §4.7, §4.8, §5).</summary>
internal static class FileEndpoints
{
    public const int MaxUploadUrls = 50;
    public const int MaxParts = 10_000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/files").AddEndpointFilterFactory((_, next) => AuthFilters.Storage(next));
        files.MapGet("/upload-urls", UploadUrls);
        files.MapGet("/multipart-upload-urls", MultipartUploadUrls);
        files.MapPost("", async (HttpContext http, ServerDatabase db, ObjectStore objects, ServerSettings settings) =>
        {
            var request = await JsonResponses.ReadAsync<CreateFileRequest>(http);
            return JsonResponses.Ok(db.Write(d => FileCreation.Create(d, objects, Caller.Of(http), request, settings.StorageQuota)));
        });
        files.MapGet("/download/{id:long}", (HttpContext http, ServerDatabase db, UrlSigner signer, ServerSettings settings, long id) =>
            Redirect(http, db, signer, settings, id, f => f.FileObjectKey));
        files.MapGet("/preview/{id:long}", (HttpContext http, ServerDatabase db, UrlSigner signer, ServerSettings settings, long id) =>
            Redirect(http, db, signer, settings, id, f => f.ThumbnailObjectKey));
        MapMagicMetadata(files, "/magic-metadata", MagicMetadataKind.Private);
        MapMagicMetadata(files, "/public-magic-metadata", MagicMetadataKind.Public);
        files.MapPost("/trash", async (HttpContext http, ServerDatabase db) =>
        {
            var request = await JsonResponses.ReadAsync<TrashFilesRequest>(http);
            db.Write(d => Trashing.Trash(d, Caller.Of(http), request));
            return JsonResponses.OkEmpty();
        });
    }

    private static IResult UploadUrls(HttpContext http, ServerDatabase db, UrlSigner signer, ServerSettings settings, [FromQuery] int? count)
    {
        var caller = Caller.Of(http);
        db.Read(d =>
        {
            Quota.Check(d, caller.UserId, settings.StorageQuota, 0);
            return 0;
        });
        var urls = Enumerable.Range(0, Math.Clamp(count ?? 0, 0, MaxUploadUrls))
            .Select(_ => ObjectKeys.New(caller.UserId))
            .Select(key => new UploadUrl { ObjectKey = key, Url = signer.Url(http.Request.BlobBaseUrl(settings), "PUT", key) })
            .ToList();
        return JsonResponses.Ok(new UploadUrlsResponse { Urls = urls });
    }

    private static IResult MultipartUploadUrls(HttpContext http, ServerDatabase db, UrlSigner signer, ServerSettings settings, [FromQuery] int? count)
    {
        var caller = Caller.Of(http);
        if (count is not (>= 1 and <= MaxParts))
        {
            throw ApiException.BadRequestCoded($"count must be between 1 and {MaxParts}");
        }

        db.Read(d =>
        {
            Quota.Check(d, caller.UserId, settings.StorageQuota, 0);
            return 0;
        });
        var key = ObjectKeys.New(caller.UserId);
        var uploadId = Guid.NewGuid().ToString("N");
        var baseUrl = http.Request.BlobBaseUrl(settings);
        return JsonResponses.Ok(new MultipartUploadUrlsResponse
        {
            Urls = new MultipartUploadUrls
            {
                ObjectKey = key,
                PartUrls = Enumerable.Range(1, count.Value).Select(part => signer.Url(baseUrl, "PUT", key, uploadId, part)).ToList(),
                CompleteUrl = signer.Url(baseUrl, "POST", key, uploadId),
            },
        });
    }

    /// <summary>307 to a presigned object URL on this server, as museum redirects to S3.</summary>
    private static IResult Redirect(HttpContext http, ServerDatabase db, UrlSigner signer, ServerSettings settings, long fileId, Func<FileRecord, string> objectKeyOf)
    {
        var caller = Caller.Of(http);
        var objectKey = db.Read(d =>
        {
            var file = d.Files.FindById(fileId);
            if (file is null || file.IsDeleted)
            {
                throw ApiException.NotFound("file not found");
            }

            return Access.CanRead(d, file, caller.UserId) ? objectKeyOf(file) : throw ApiException.Forbidden("no access to the file");
        });
        return Results.Redirect(signer.Url(http.Request.BlobBaseUrl(settings), "GET", objectKey), permanent: false, preserveMethod: true);
    }

    private static void MapMagicMetadata(RouteGroupBuilder group, string path, MagicMetadataKind kind) =>
        group.MapPut(path, async (HttpContext http, ServerDatabase db) =>
        {
            var request = await JsonResponses.ReadAsync<UpdateFileMagicMetadataRequest>(http);
            db.Write(d => FileMagicMetadata.Update(d, Caller.Of(http), request, kind));
            return JsonResponses.OkEmpty();
        });
}
