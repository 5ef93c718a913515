namespace EnteTui.LocalServer.Auth;

/// <summary>
/// What happens after a first factor succeeded (spec §2.8): hand out second-factor sessions when
/// the account has them, otherwise a token sealed to the account's public key.
/// </summary>
internal static class Authorizer
{
    public const long SecondFactorValidity = 10L * 60 * 1_000_000;
    public const string AccountsPath = "/__admin/accounts";

    /// <summary>A second-factor session when the account has one, else the token; <paramref name="serverNow"/> (a test's fake clock) times a self-approving passkey.</summary>
    public static AuthorizationResponse AfterFirstFactor(ServerDatabase d, UserRecord user, string app, string baseUrl, DateTimeOffset serverNow)
    {
        var now = MonotonicClock.WallMicroseconds;
        var response = Empty(user.Id);
        var hasTotp = user.TotpSecret is not null;
        string? totpSession = hasTotp ? NewSession(d, user.Id, SecondFactorKind.Totp, now) : null;
        if (user.HasPasskey)
        {
            response.PasskeySessionId = NewSession(d, user.Id, SecondFactorKind.Passkey, now);
            if (user.PasskeyApprovalDelay > 0)
            {
                var session = d.SecondFactorSessions.FindById(response.PasskeySessionId);
                session.ApproveAt = MonotonicClock.Micros(serverNow) + user.PasskeyApprovalDelay;
                d.SecondFactorSessions.Update(session);
            }

            response.AccountsUrl = baseUrl.TrimEnd('/') + AccountsPath;
            response.TwoFactorSessionIdV2 = totpSession ?? "";
            return response;
        }

        if (totpSession is not null)
        {
            response.TwoFactorSessionId = totpSession;
            return response;
        }

        return IssueToken(d, user, app, response);
    }

    /// <summary>A new token for (user, app); sealed when the account has keys, plaintext otherwise.</summary>
    public static AuthorizationResponse IssueToken(ServerDatabase d, UserRecord user, string app, AuthorizationResponse? into = null)
    {
        var response = into ?? new AuthorizationResponse { Id = user.Id };
        var tokenBytes = RandomIds.NewTokenBytes();
        var token = Store(d, user, app, tokenBytes);
        if (user.KeyAttributes is null)
        {
            response.Token = token;
            return response;
        }

        response.KeyAttributes = user.KeyAttributes;
        response.EncryptedToken = EnteBase64.Encode(SealedBox.Seal(tokenBytes, EnteBase64.Decode(user.KeyAttributes.PublicKey)));
        return response;
    }

    /// <summary>Stores a new token and returns its URL-safe base64 form.</summary>
    public static string IssueTokenValue(ServerDatabase d, UserRecord user, string app) => Store(d, user, app, RandomIds.NewTokenBytes());

    private static string Store(ServerDatabase d, UserRecord user, string app, byte[] tokenBytes)
    {
        var token = EnteBase64.EncodeToken(tokenBytes);
        d.Tokens.Insert(new TokenRecord
        {
            Id = TokenRecord.KeyOf(app, token),
            Token = token,
            App = app,
            UserId = user.Id,
            CreationTime = MonotonicClock.WallMicroseconds,
        });
        return token;
    }

    /// <summary>The first-factor response shape: every session field present, empty meaning absent.</summary>
    private static AuthorizationResponse Empty(long userId) => new()
    {
        Id = userId,
        TwoFactorSessionId = "",
        PasskeySessionId = "",
        AccountsUrl = "",
        TwoFactorSessionIdV2 = "",
    };

    private static string NewSession(ServerDatabase d, long userId, SecondFactorKind kind, long now)
    {
        var id = RandomIds.NewSessionId();
        d.SecondFactorSessions.Insert(new SecondFactorSessionRecord
        {
            Id = id,
            Kind = kind,
            UserId = userId,
            ExpiryTime = now + SecondFactorValidity,
        });
        return id;
    }
}
