using System.Text.Json;

namespace EnteTui.LocalServer.Http;

/// <summary>Writes and reads JSON bodies with Ente's wire settings.</summary>
internal static class JsonResponses
{
    public static IResult Ok<T>(T body) => Results.Json(body, EnteJson.Options);

    /// <summary>200 with an empty body, as museum answers several POSTs.</summary>
    public static IResult OkEmpty() => Results.Ok();

    public static async Task WriteAsync<T>(HttpContext context, int status, T body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, EnteJson.Options, context.RequestAborted);
    }

    /// <summary>Binds a JSON body; a malformed one is a 400 `BAD_REQUEST` as gin's binding gives.</summary>
    public static async Task<T> ReadAsync<T>(HttpContext context)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, EnteJson.Options, context.RequestAborted);
            return body ?? throw ApiException.BadRequestCoded("empty request body");
        }
        catch (JsonException e)
        {
            throw ApiException.BadRequestCoded($"invalid JSON: {e.Message}");
        }
    }
}
