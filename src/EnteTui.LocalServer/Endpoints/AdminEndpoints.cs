using EnteTui.LocalServer.Auth;
using EnteTui.LocalServer.Http;
using EnteTui.LocalServer.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EnteTui.LocalServer.Endpoints;

/// <summary>
/// The test-only admin surface under `/__admin` (a real Ente server has none of it): passkey
/// ceremonies, one-time codes, settings. Mutations and faults are in their own route files.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(AdminPaths.Prefix);

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

            if (request.ClearStorageQuota)
            {
                settings.StorageQuota = null;
            }
            else if (request.StorageQuotaBytes is { } quota)
            {
                settings.StorageQuota = quota;
            }

            return JsonResponses.Ok(new { diffPageLimit = settings.DiffPageLimit, storageQuotaBytes = settings.StorageQuota });
        });
    }
}
