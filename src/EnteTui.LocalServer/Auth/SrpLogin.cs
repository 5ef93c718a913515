namespace EnteTui.LocalServer.Auth;

/// <summary>SRP-6a login (spec §2.2, §2.6), with museum's status codes and attempt limits.</summary>
internal static class SrpLogin
{
    public const int MaxWrongAttempts = 5;
    public const int MaxUnverifiedSessionsPerHour = 10;
    private const int ServerSecretBytes = 32;

    public static SrpAttributesResponse Attributes(ServerDatabase db, string? email)
    {
        var normalized = Emails.Normalize(email);
        var user = db.Read(d => d.Users.FindOne(u => u.Email == normalized));
        if (user?.SrpUserId is null || user.KeyAttributes is null)
        {
            throw ApiException.NotFound("no SRP attributes for this email");
        }

        return new SrpAttributesResponse
        {
            Attributes = new SrpAttributes
            {
                SrpUserId = user.SrpUserId,
                SrpSalt = user.SrpSalt!,
                MemLimit = user.KeyAttributes.MemLimit,
                OpsLimit = user.KeyAttributes.OpsLimit,
                KekSalt = user.KeyAttributes.KekSalt,
                IsEmailMfaEnabled = user.IsEmailMfaEnabled,
            },
        };
    }

    public static CreateSrpSessionResponse CreateSession(ServerDatabase db, CreateSrpSessionRequest request)
    {
        var a = DecodeOrBadRequest(request.SrpA);
        if (a.Length != SrpGroup.PaddedLength)
        {
            throw ApiException.BadRequestCoded("Invalid length for srpA");
        }

        var aValue = SrpGroup.ToInteger(a);
        if (aValue.IsZero || aValue >= SrpGroup.N)
        {
            throw ApiException.BadRequestCoded("Invalid srpA");
        }

        return db.Write(d => NewSession(d, request.SrpUserId, request.SrpA)).Unwrap();
    }

    public static AuthorizationResponse VerifySession(ServerDatabase db, VerifySrpSessionRequest request, string app, string baseUrl, DateTimeOffset serverNow)
    {
        var m1 = DecodeOrBadRequest(request.SrpM1);
        if (m1.Length != SrpServerSession.M1Length)
        {
            throw ApiException.BadRequestCoded($"srpM1 size is {m1.Length}, expected {SrpServerSession.M1Length}");
        }

        return db.Write(d => Verify(d, request, m1, app, baseUrl, serverNow)).Unwrap();
    }

    private static Outcome<CreateSrpSessionResponse> NewSession(ServerDatabase d, string srpUserId, string srpA)
    {
        var now = MonotonicClock.WallMicroseconds;
        var user = d.Users.FindOne(u => u.SrpUserId == srpUserId);
        var hourAgo = now - (3600L * 1_000_000);
        var unverified = d.SrpSessions.Count(s => s.SrpUserId == srpUserId && !s.IsVerified && s.CreationTime > hourAgo);
        if (unverified >= MaxUnverifiedSessionsPerHour)
        {
            return ApiException.Coded(429, "TOO_MANY_UNVERIFIED_SESSIONS");
        }

        if (user is { IsEmailMfaEnabled: true })
        {
            return ApiException.Coded(409, "EMAIL_MFA_ENABLED", "Email MFA is enabled");
        }

        var session = new SrpSessionRecord { Id = Guid.NewGuid(), SrpUserId = srpUserId, SrpA = srpA, CreationTime = now };
        byte[] publicB;
        if (user?.SrpVerifier is null)
        {
            // museum answers unknown users with a fake session: a random B, and 401 on verify.
            session.IsFake = true;
            publicB = CryptoRandom.Bytes(SrpGroup.PaddedLength);
        }
        else
        {
            var secretB = CryptoRandom.Bytes(ServerSecretBytes);
            session.ServerSecret = EnteBase64.Encode(secretB);
            publicB = new SrpServerSession(EnteBase64.Decode(user.SrpVerifier), secretB).PublicB;
        }

        d.SrpSessions.Insert(session);
        return new CreateSrpSessionResponse { SessionId = session.Id.ToString("D"), SrpB = EnteBase64.Encode(publicB) };
    }

    private static Outcome<AuthorizationResponse> Verify(ServerDatabase d, VerifySrpSessionRequest request, byte[] m1, string app, string baseUrl, DateTimeOffset serverNow)
    {
        var session = Guid.TryParse(request.SessionId, out var id) ? d.SrpSessions.FindById(id) : null;
        if (session is null || session.SrpUserId != request.SrpUserId)
        {
            return ApiException.Plain(401, "SRP session not found");
        }

        if (session.IsVerified)
        {
            return ApiException.Coded(410, "SESSION_ALREADY_VERIFIED");
        }

        if (session.AttemptCount >= MaxWrongAttempts)
        {
            return ApiException.Coded(410, "TOO_MANY_WRONG_ATTEMPTS");
        }

        var user = d.Users.FindOne(u => u.SrpUserId == session.SrpUserId);
        var m2 = session.IsFake || user?.SrpVerifier is null
            ? null
            : new SrpServerSession(EnteBase64.Decode(user.SrpVerifier), EnteBase64.Decode(session.ServerSecret))
                .VerifyM1(EnteBase64.Decode(session.SrpA), m1);
        if (m2 is null)
        {
            session.AttemptCount++;
            d.SrpSessions.Update(session);
            return ApiException.Plain(401, "invalid password");
        }

        session.IsVerified = true;
        d.SrpSessions.Update(session);
        var response = Authorizer.AfterFirstFactor(d, user!, app, baseUrl, serverNow);
        response.SrpM2 = EnteBase64.Encode(m2);
        return response;
    }

    private static byte[] DecodeOrBadRequest(string value)
    {
        try
        {
            return EnteBase64.Decode(value);
        }
        catch (CryptoException)
        {
            throw ApiException.BadRequestCoded("invalid base64");
        }
    }
}
