using EnteTui.LocalServer.Data;
using EnteTui.LocalServer.Storage;
using Microsoft.AspNetCore.Mvc;

namespace EnteTui.LocalServer.Endpoints;

/// <summary>Trash routes (spec §4.7).</summary>
internal static class TrashEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var trash = app.MapGroup("/trash").AddEndpointFilterFactory((_, next) => AuthFilters.Storage(next));
        trash.MapGet("/v2/diff", (HttpContext http, ServerDatabase db, ServerSettings settings, [FromQuery] long? sinceTime) =>
            JsonResponses.Ok(db.Read(d => Diffs.Trash(d, Caller.Of(http), sinceTime ?? 0, settings.DiffPageLimit))));
        trash.MapPost("/delete", async (HttpContext http, ServerDatabase db, ObjectStore objects) =>
        {
            var request = await JsonResponses.ReadAsync<DeleteFromTrashRequest>(http);
            foreach (var key in db.Write(d => Trashing.DeleteForever(d, Caller.Of(http), request.FileIds)))
            {
                objects.Delete(key);
            }

            return JsonResponses.OkEmpty();
        });
    }
}
