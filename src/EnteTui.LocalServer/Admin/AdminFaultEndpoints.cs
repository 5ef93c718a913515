using EnteTui.LocalServer.Faults;

namespace EnteTui.LocalServer.Admin;

/// <summary>`/__admin/faults`: read, replace, schedule and clear injected faults while the server runs.</summary>
internal static class AdminFaultEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/faults", (FaultInjector faults) =>
            JsonResponses.Ok(new { options = AdminFaultsRequest.From(faults.Options), injected = faults.InjectedCount }));
        admin.MapPost("/faults", async (HttpContext http, FaultInjector faults) =>
        {
            var request = await JsonResponses.ReadAsync<AdminFaultsRequest>(http);
            faults.Configure(request.ToOptions());
            return JsonResponses.Ok(AdminFaultsRequest.From(faults.Options));
        });
        admin.MapPost("/faults/schedule", async (HttpContext http, FaultInjector faults) =>
        {
            var request = await JsonResponses.ReadAsync<AdminScheduleRequest>(http);
            if (!Enum.TryParse<FaultKind>(request.Kind, ignoreCase: true, out var kind) || request.Count < 1)
            {
                return Results.Json(new { error = "kind must be TooManyRequests, ServerError, ConnectionReset or TruncatedBody; count >= 1" }, statusCode: 400);
            }

            faults.Schedule(new ScheduledFault(kind, request.PathPrefix, request.Count));
            return Results.Ok();
        });
        admin.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.Ok();
        });
    }
}
