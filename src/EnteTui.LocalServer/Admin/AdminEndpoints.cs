using EnteTui.LocalServer.Auth;
using EnteTui.LocalServer.Fixtures;
using EnteTui.LocalServer.Seeding;
using Microsoft.AspNetCore.Mvc;

namespace EnteTui.LocalServer.Admin;

/// <summary>
/// The test-only admin surface under `/__admin` (a real Ente server has none of it): passkey
/// ceremonies, one-time codes, settings, accounts and seeding. Mutations and faults are in their own route files.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(AdminPaths.Prefix);
        AdminUserEndpoints.Map(admin);
        AdminFaultEndpoints.Map(admin);
        admin.MapPost("/accounts", async (HttpContext http, ServerComponents server) =>
        {
            var request = await JsonResponses.ReadAsync<AdminAccountRequest>(http);
            return await AdminResults.RunAsync(async () =>
            {
                var user = await Task.Run(() => AccountProvisioner.Provision(server.Database, request.ToSpec()));
                return JsonResponses.Ok(user);
            });
        });
        admin.MapPost("/files/{fileId:long}/corrupt", async (HttpContext http, ServerComponents server, long fileId) =>
        {
            var request = await JsonResponses.ReadAsync<AdminCorruptRequest>(http);
            return await AdminResults.Run(() =>
            {
                if (!Enum.TryParse<FileCorruption>(request.Kind, ignoreCase: true, out var kind))
                {
                    throw new ArgumentException($"kind must be one of {string.Join(", ", Enum.GetNames<FileCorruption>())}");
                }

                FileCorrupter.Apply(server, fileId, kind);
                return Results.Ok();
            });
        });
        admin.MapPost("/seed", async (HttpContext http, ServerComponents server) =>
        {
            var request = await JsonResponses.ReadAsync<AdminAccountRequest>(http);
            return await AdminResults.RunAsync(async () =>
            {
                var seeder = new FolderSeeder(spec => FixtureUsers.EnsureAsync(server, spec), request.ToSpec());
                return JsonResponses.Ok(await seeder.SeedAsync(request.Folder ?? throw new ArgumentException("folder is required"), http.RequestAborted));
            });
        });

        // The accountsUrl handed out at login points here, so opening the verify link completes the passkey.
        admin.MapGet("/accounts/passkeys/verify", (ServerDatabase db, [FromQuery] string? passkeySessionID) =>
            SecondFactorLogin.MarkPasskeyVerified(db, passkeySessionID ?? "")
                ? Results.Text("Passkey verified. You can return to the app.\n")
                : Results.NotFound());
        admin.MapPost("/passkey-sessions/{sessionId}/verify", (ServerDatabase db, string sessionId) =>
            SecondFactorLogin.MarkPasskeyVerified(db, sessionId) ? Results.Ok() : Results.NotFound());
        admin.MapGet("/ott", (ServerNotices notices, [FromQuery] string? email) =>
            notices.LatestOtt(email ?? "") is { } code ? JsonResponses.Ok(new { code }) : Results.NotFound());
        admin.MapPost("/settings", async (HttpContext http, ServerSettings settings) =>
        {
            var request = await JsonResponses.ReadAsync<AdminSettingsRequest>(http);
            if (request.DiffPageLimit is { } limit)
            {
                settings.DiffPageLimit = limit;
            }

            if (request.AuthRateLimitPerMinute is { } rate)
            {
                settings.AuthRateLimitPerMinute = rate;
            }

            if (request.ClearStorageQuota)
            {
                settings.StorageQuota = null;
            }
            else if (request.StorageQuotaBytes is { } quota)
            {
                settings.StorageQuota = quota;
            }

            return JsonResponses.Ok(new { diffPageLimit = settings.DiffPageLimit, storageQuotaBytes = settings.StorageQuota, authRateLimitPerMinute = settings.AuthRateLimitPerMinute });
        });
        admin.MapGet("/stats", (ServerStats stats) =>
            JsonResponses.Ok(new { tokenHeadersOnDownloads = stats.TokenHeadersOnDownloads, rateLimitedRequests = stats.RateLimitedRequests }));
    }
}
