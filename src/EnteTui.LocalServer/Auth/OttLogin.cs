namespace EnteTui.LocalServer.Auth;

/// <summary>The email one-time code flow (spec §2.7): codes per (email, app), valid for an hour.</summary>
internal static class OttLogin
{
    public const int MaxActiveCodes = 10;
    public const int MaxWrongAttempts = 20;
    public const long Validity = 3600L * 1_000_000;

    public static void Send(ServerDatabase db, ServerNotices notices, SendOttRequest request, string app)
    {
        var email = Emails.Normalize(request.Email);
        var code = db.Write(d => Issue(d, email, request.Purpose, app)).Unwrap();
        notices.OttSent(email, code);
    }

    public static AuthorizationResponse Verify(ServerDatabase db, VerifyEmailRequest request, string app, string baseUrl, DateTimeOffset serverNow)
    {
        var email = Emails.Normalize(request.Email);
        return db.Write(d => Check(d, email, request.Ott.Trim(), app, baseUrl, serverNow)).Unwrap();
    }

    private static Outcome<string> Issue(ServerDatabase d, string email, string? purpose, string app)
    {
        var user = d.Users.FindOne(u => u.Email == email);
        var signupComplete = user?.KeyAttributes is not null;
        if (purpose == "login" && !signupComplete)
        {
            return ApiException.Coded(404, "USER_NOT_REGISTERED", "User is not registered");
        }

        if (purpose == "signup" && signupComplete)
        {
            return ApiException.Coded(409, "USER_ALREADY_REGISTERED", "User is already registered");
        }

        var now = MonotonicClock.WallMicroseconds;
        if (Active(d, email, app, now).Count >= MaxActiveCodes)
        {
            return ApiException.Plain(429, "too many active codes");
        }

        var code = RandomIds.NewSixDigitCode();
        d.Otts.Insert(new OttRecord { Id = d.Ids.NextOttId(), Email = email, App = app, Code = code, ExpiryTime = now + Validity });
        return code;
    }

    private static Outcome<AuthorizationResponse> Check(ServerDatabase d, string email, string code, string app, string baseUrl, DateTimeOffset serverNow)
    {
        var active = Active(d, email, app, MonotonicClock.WallMicroseconds);
        if (active.Count > 0 && active.Max(o => o.WrongAttempts) >= MaxWrongAttempts)
        {
            return ApiException.Plain(429, "too many wrong codes");
        }

        if (active.Count == 0)
        {
            return ApiException.Plain(410, "no active code");
        }

        var match = active.FirstOrDefault(o => o.Code == code);
        if (match is null)
        {
            foreach (var ott in active)
            {
                ott.WrongAttempts++;
                d.Otts.Update(ott);
            }

            return ApiException.Plain(401, "incorrect code");
        }

        d.Otts.Delete(match.Id);
        var user = d.Users.FindOne(u => u.Email == email) ?? CreateUser(d, email);
        return Authorizer.AfterFirstFactor(d, user, app, baseUrl, serverNow);
    }

    private static List<OttRecord> Active(ServerDatabase d, string email, string app, long now) =>
        d.Otts.Find(o => o.Email == email && o.App == app && o.ExpiryTime > now).ToList();

    /// <summary>museum's verify-email signs an unknown email up: a user without keys yet.</summary>
    private static UserRecord CreateUser(ServerDatabase d, string email)
    {
        var user = new UserRecord { Id = d.Ids.NextUserId(), Email = email, CreationTime = MonotonicClock.WallMicroseconds };
        d.Users.Insert(user);
        return user;
    }
}
