using EnteTui.LocalServer.Auth;
using Microsoft.AspNetCore.Mvc;

namespace EnteTui.LocalServer.Endpoints;

/// <summary>Login and session routes under `/users` (spec §2).</summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/users");
        users.MapGet("/srp/attributes", (ServerDatabase db, [FromQuery] string? email) => JsonResponses.Ok(SrpLogin.Attributes(db, email)));
        users.MapPost("/srp/create-session", async (HttpContext http, ServerDatabase db) =>
            JsonResponses.Ok(SrpLogin.CreateSession(db, await JsonResponses.ReadAsync<CreateSrpSessionRequest>(http))));
        users.MapPost("/srp/verify-session", async (HttpContext http, ServerDatabase db, TimeProvider time) =>
            JsonResponses.Ok(SrpLogin.VerifySession(db, await JsonResponses.ReadAsync<VerifySrpSessionRequest>(http), ClientApp.Of(http.Request), http.Request.BaseUrl(), time.GetUtcNow())));
        users.MapPost("/ott", async (HttpContext http, ServerDatabase db, ServerNotices notices) =>
        {
            OttLogin.Send(db, notices, await JsonResponses.ReadAsync<SendOttRequest>(http), ClientApp.Of(http.Request));
            return JsonResponses.OkEmpty();
        });
        users.MapPost("/verify-email", async (HttpContext http, ServerDatabase db, TimeProvider time) =>
            JsonResponses.Ok(OttLogin.Verify(db, await JsonResponses.ReadAsync<VerifyEmailRequest>(http), ClientApp.Of(http.Request), http.Request.BaseUrl(), time.GetUtcNow())));
        users.MapPost("/two-factor/verify", async (HttpContext http, ServerDatabase db) =>
            JsonResponses.Ok(SecondFactorLogin.VerifyTotp(db, await JsonResponses.ReadAsync<TwoFactorVerifyRequest>(http), ClientApp.Of(http.Request))));
        users.MapGet("/two-factor/passkeys/get-token", (HttpContext http, ServerDatabase db, TimeProvider time, [FromQuery] string? sessionID) =>
            JsonResponses.Ok(SecondFactorLogin.PasskeyToken(db, sessionID, ClientApp.Of(http.Request), time.GetUtcNow())));

        var authenticated = users.MapGroup("").AddEndpointFilterFactory((_, next) => AuthFilters.Any(next));
        authenticated.MapGet("/session-validity/v2", (HttpContext http, ServerDatabase db) =>
        {
            var user = db.Read(d => d.Users.FindById(Caller.Of(http).UserId));
            return JsonResponses.Ok(new SessionValidityResponse { HasSetKeys = user?.KeyAttributes is not null, KeyAttributes = user?.KeyAttributes });
        });
        authenticated.MapPost("/logout", (HttpContext http, ServerDatabase db) =>
        {
            var caller = Caller.Of(http);
            db.Write(d => d.Tokens.Delete(TokenRecord.KeyOf(caller.App, caller.Token)));
            return JsonResponses.OkEmpty();
        });
    }
}
