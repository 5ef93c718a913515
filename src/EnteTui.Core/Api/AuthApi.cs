namespace EnteTui.Core.Api;

/// <summary>
/// Login and session endpoints (spec §2). Login calls never retry a 429: there it means "too many
/// attempts", or museum's 10-a-minute limit on these paths (§2.8), which a retry inside the minute only prolongs.
/// </summary>
public sealed class AuthApi
{
    private readonly ApiConnection connection;

    internal AuthApi(ApiConnection connection) => this.connection = connection;

    /// <summary><c>GET /users/srp/attributes</c>; null on 404 (no such user, or no SRP: take the email-code flow).</summary>
    public async Task<SrpAttributes?> GetSrpAttributesAsync(string email, CancellationToken cancellationToken)
    {
        try
        {
            var response = await connection.GetJsonAsync<SrpAttributesResponse>($"users/srp/attributes?email={Uri.EscapeDataString(email)}", cancellationToken, retryRateLimit: false);
            return response.Attributes;
        }
        catch (EnteApiException e) when (e.StatusCode == 404)
        {
            return null;
        }
    }

    public Task<CreateSrpSessionResponse> CreateSrpSessionAsync(string srpUserId, string srpA, CancellationToken cancellationToken) =>
        connection.SendJsonAsync<CreateSrpSessionRequest, CreateSrpSessionResponse>(
            HttpMethod.Post, "users/srp/create-session", new() { SrpUserId = srpUserId, SrpA = srpA }, cancellationToken, retryRateLimit: false);

    /// <summary>401 here means a wrong password; 410 a used-up session.</summary>
    public Task<AuthorizationResponse> VerifySrpSessionAsync(string srpUserId, string sessionId, string srpM1, CancellationToken cancellationToken) =>
        connection.SendJsonAsync<VerifySrpSessionRequest, AuthorizationResponse>(
            HttpMethod.Post, "users/srp/verify-session", new() { SrpUserId = srpUserId, SessionId = sessionId, SrpM1 = srpM1 }, cancellationToken, retryRateLimit: false);

    /// <summary><c>POST /users/ott</c> with purpose "login", so an unknown email fails instead of signing up (spec §2.7).</summary>
    public Task SendEmailCodeAsync(string email, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(HttpMethod.Post, "users/ott", new SendOttRequest { Email = email, Purpose = "login" }, cancellationToken, retryRateLimit: false);

    /// <summary>401 wrong code, 410 no active code, 429 too many wrong codes.</summary>
    public Task<AuthorizationResponse> VerifyEmailAsync(string email, string code, CancellationToken cancellationToken) =>
        connection.SendJsonAsync<VerifyEmailRequest, AuthorizationResponse>(
            HttpMethod.Post, "users/verify-email", new() { Email = email, Ott = code }, cancellationToken, retryRateLimit: false);

    /// <summary><c>POST /users/two-factor/verify</c>: 401 wrong code, 404 unknown session, 429 too many tries.</summary>
    public Task<AuthorizationResponse> VerifyTotpAsync(string sessionId, string code, CancellationToken cancellationToken) =>
        connection.SendJsonAsync<TwoFactorVerifyRequest, AuthorizationResponse>(
            HttpMethod.Post, "users/two-factor/verify", new() { SessionId = sessionId, Code = code }, cancellationToken, retryRateLimit: false);

    /// <summary>
    /// <c>GET /users/two-factor/passkeys/get-token</c>: null while the browser has not finished
    /// (400 <c>SESSION_NOT_VERIFIED</c>); throws on 404/410 (restart the login) and 429 (rate limited:
    /// the caller paces, see <see cref="Accounts.Login.PasskeyPacing"/>).
    /// </summary>
    public async Task<AuthorizationResponse?> TryGetPasskeyTokenAsync(string passkeySessionId, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.GetJsonAsync<AuthorizationResponse>(
                $"users/two-factor/passkeys/get-token?sessionID={Uri.EscapeDataString(passkeySessionId)}", cancellationToken, retryRateLimit: false);
        }
        catch (EnteApiException e) when (e.StatusCode == 400 && e.ServerCode == "SESSION_NOT_VERIFIED")
        {
            return null;
        }
    }

    /// <summary><c>GET /users/session-validity/v2</c>: a cheap check that the stored token still works.</summary>
    public Task<SessionValidityResponse> GetSessionValidityAsync(CancellationToken cancellationToken) =>
        connection.GetJsonAsync<SessionValidityResponse>("users/session-validity/v2", cancellationToken);

    public async Task LogoutAsync(CancellationToken cancellationToken)
    {
        using var response = await connection.SendAsync(HttpMethod.Post, "users/logout", static () => null, cancellationToken);
    }
}
