namespace EnteTui.LocalServer.Auth;

/// <summary>TOTP verification and passkey polling (spec §2.8).</summary>
internal static class SecondFactorLogin
{
    public const int MaxTotpWrongAttempts = 10;
    public const int MaxPasskeyTokenFetches = 2;

    public static AuthorizationResponse VerifyTotp(ServerDatabase db, TwoFactorVerifyRequest request, string app) =>
        db.Write(d => CheckTotp(d, request.SessionId, request.Code.Trim(), app)).Unwrap();

    public static AuthorizationResponse PasskeyToken(ServerDatabase db, string? sessionId, string app, DateTimeOffset serverNow) =>
        db.Write(d => FetchPasskeyToken(d, sessionId ?? "", app, MonotonicClock.Micros(serverNow))).Unwrap();

    /// <summary>What the browser ceremony would do: marks a passkey session verified. False when unknown.</summary>
    public static bool MarkPasskeyVerified(ServerDatabase db, string sessionId) => db.Write(d =>
    {
        var session = d.SecondFactorSessions.FindById(sessionId);
        if (session is not { Kind: SecondFactorKind.Passkey })
        {
            return false;
        }

        session.IsVerified = true;
        d.SecondFactorSessions.Update(session);
        return true;
    });

    private static Outcome<AuthorizationResponse> CheckTotp(ServerDatabase d, string sessionId, string code, string app)
    {
        var session = d.SecondFactorSessions.FindById(sessionId);
        if (session is not { Kind: SecondFactorKind.Totp } || session.ExpiryTime < MonotonicClock.WallMicroseconds)
        {
            return ApiException.NotFound("unknown two-factor session");
        }

        if (session.WrongAttempts >= MaxTotpWrongAttempts)
        {
            return ApiException.Plain(429, "too many wrong two-factor codes");
        }

        var user = d.Users.FindById(session.UserId);
        if (user?.TotpSecret is null)
        {
            return ApiException.BadRequest("two-factor is not enabled");
        }

        var usedKey = $"{user.Id}:{code}";
        if (!Totp.Verify(user.TotpSecret, code, DateTimeOffset.UtcNow) || d.UsedTotpCodes.FindById(usedKey) is not null)
        {
            session.WrongAttempts++;
            d.SecondFactorSessions.Update(session);
            return ApiException.Plain(401, "incorrect TOTP");
        }

        d.UsedTotpCodes.Insert(new UsedTotpCodeRecord { Id = usedKey, UsedAt = MonotonicClock.WallMicroseconds });
        return Authorizer.IssueToken(d, user, app);
    }

    private static Outcome<AuthorizationResponse> FetchPasskeyToken(ServerDatabase d, string sessionId, string app, long serverNow)
    {
        var session = d.SecondFactorSessions.FindById(sessionId);
        if (session is not { Kind: SecondFactorKind.Passkey })
        {
            return ApiException.NotFound("unknown passkey session");
        }

        if (session.ExpiryTime < MonotonicClock.WallMicroseconds || session.TokenFetchCount >= MaxPasskeyTokenFetches)
        {
            return ApiException.Coded(410, "INVALID_SESSION", "Session is no longer valid");
        }

        if (!session.IsVerified && (session.ApproveAt == 0 || serverNow < session.ApproveAt))
        {
            return ApiException.Coded(400, "SESSION_NOT_VERIFIED", "Passkey verification is not complete");
        }

        session.TokenFetchCount++;
        d.SecondFactorSessions.Update(session);
        return Authorizer.IssueToken(d, d.Users.FindById(session.UserId), app);
    }
}
