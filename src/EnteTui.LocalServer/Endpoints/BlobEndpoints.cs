using System.Globalization;
using EnteTui.LocalServer.Storage;

namespace EnteTui.LocalServer.Endpoints;

/// <summary>
/// The object store as a client sees S3: presigned GET, PUT, part PUT and complete POST under
/// `/blobs/{objectKey}`. It refuses any request that carries the Ente auth token (header or
/// `?token=`), so a client that leaks its token to object storage fails here.
/// </summary>
internal static class BlobEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var blobs = app.MapGroup("/blobs/{userId:long}/{uuid}");
        blobs.MapGet("", Download);
        blobs.MapPut("", UploadAsync);
        blobs.MapPost("", CompleteAsync);
    }

    private static IResult Download(HttpContext http, UrlSigner signer, ObjectStore objects, long userId, string uuid)
    {
        var key = $"{userId}/{uuid}";
        if (Refusal(http, signer, "GET", key) is { } refusal)
        {
            return refusal;
        }

        return objects.Exists(key)
            ? Results.File(objects.PathOf(key), "application/octet-stream", enableRangeProcessing: true)
            : S3Errors.Result(StatusCodes.Status404NotFound, "NoSuchKey", "The specified key does not exist.");
    }

    private static async Task<IResult> UploadAsync(HttpContext http, UrlSigner signer, ObjectStore objects, long userId, string uuid)
    {
        var key = $"{userId}/{uuid}";
        if (Refusal(http, signer, "PUT", key) is { } refusal)
        {
            return refusal;
        }

        var uploadId = http.Request.Query["uploadId"].ToString();
        if (uploadId.Length == 0)
        {
            await objects.WriteAsync(key, http.Request.Body, http.RequestAborted);
            return Results.Ok();
        }

        var etag = await objects.WritePartAsync(uploadId, PartNumber(http)!.Value, http.Request.Body, http.RequestAborted);
        http.Response.Headers.ETag = etag;
        return Results.Ok();
    }

    private static async Task<IResult> CompleteAsync(HttpContext http, UrlSigner signer, ObjectStore objects, long userId, string uuid)
    {
        var key = $"{userId}/{uuid}";
        if (Refusal(http, signer, "POST", key) is { } refusal)
        {
            return refusal;
        }

        var parts = await CompleteMultipartBody.ReadAsync(http.Request.Body, http.RequestAborted);
        if (parts is null || !await objects.CompleteMultipartAsync(key, http.Request.Query["uploadId"].ToString(), parts, http.RequestAborted))
        {
            return S3Errors.Result(StatusCodes.Status400BadRequest, "InvalidPart", "One or more of the specified parts could not be found or its ETag did not match.");
        }

        return Results.Content(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CompleteMultipartUploadResult><Key>{key}</Key><ETag>\"{uuid}-{parts.Count}\"</ETag></CompleteMultipartUploadResult>",
            "application/xml");
    }

    private static IResult? Refusal(HttpContext http, UrlSigner signer, string method, string key)
    {
        if (AuthFilters.TokenOf(http.Request) is not null)
        {
            return S3Errors.AccessDenied("Object storage does not accept the Ente auth token.");
        }

        var query = http.Request.Query;
        var uploadId = query["uploadId"].ToString();
        var valid = ObjectKeys.IsValid(key) && signer.IsValid(method, key, uploadId.Length > 0 ? uploadId : null, PartNumber(http), query["X-Expires"], query["X-Signature"]);
        return valid ? null : S3Errors.AccessDenied("Request has expired or the signature does not match.");
    }

    private static int? PartNumber(HttpContext http) =>
        int.TryParse(http.Request.Query["partNumber"], NumberStyles.None, CultureInfo.InvariantCulture, out var part) ? part : null;
}
