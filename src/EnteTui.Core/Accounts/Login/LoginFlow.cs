namespace EnteTui.Core.Accounts.Login;

/// <summary>
/// One login attempt as a UI-agnostic state machine (spec §2.1): <see cref="StartAsync"/> returns
/// the first <see cref="LoginStep"/>; each <c>Submit…</c> returns the next, until
/// <see cref="LoginCompleted"/>. Rejected input (wrong password or code) returns the same step with
/// an error; a dead end throws <see cref="LoginException"/>; network trouble throws
/// <see cref="EnteApiException"/>. Not thread-safe: one call at a time.
/// </summary>
public sealed class LoginFlow
{
    private readonly EnteApiClient api;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private LoginStep? current;
    private SrpAttributes? srp;
    private byte[]? kek;
    private string? kekSalt;
    private AuthorizationResponse? keysPending;
    private string? totpSessionId;
    private string? passkeySessionId;

    internal LoginFlow(EnteApiClient api, string email, TimeProvider time, ILogger logger)
    {
        this.api = api;
        this.time = time;
        this.logger = logger;
        Email = email;
    }

    public string Endpoint => api.Endpoint;

    public string Email { get; }

    /// <summary>The step last returned, or null before <see cref="StartAsync"/>.</summary>
    public LoginStep? Current => current;

    /// <summary>
    /// Asks for the SRP attributes and picks the flow: password (SRP), or an emailed code when the
    /// account has no SRP (404) or has email MFA on. Pass <paramref name="sendEmailCode"/> false when
    /// the user already holds a code, so no new email goes out.
    /// </summary>
    public async Task<LoginStep> StartAsync(bool sendEmailCode = true, CancellationToken cancellationToken = default)
    {
        if (current is not null)
        {
            throw new InvalidOperationException("This login has already started.");
        }

        srp = await api.Auth.GetSrpAttributesAsync(Email, cancellationToken);
        if (srp is null || srp.IsEmailMfaEnabled)
        {
            logger.LogInformation("Login for {Email} at {Endpoint}: email code flow", Email, Endpoint);
            return await BeginEmailCodeAsync(sendEmailCode, cancellationToken);
        }

        logger.LogInformation("Login for {Email} at {Endpoint}: password (SRP) flow", Email, Endpoint);
        return Set(new NeedPassword());
    }

    public async Task<LoginStep> SubmitPasswordAsync(string password, CancellationToken cancellationToken = default)
    {
        var step = Require<NeedPassword>();
        return step.ForDecryption ? await UnlockAsync(password, cancellationToken) : await RunSrpAsync(password, cancellationToken);
    }

    public async Task<LoginStep> SubmitEmailCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var step = Require<NeedEmailCode>();
        AuthorizationResponse response;
        try
        {
            response = await api.Auth.VerifyEmailAsync(Email, code.Trim(), cancellationToken);
        }
        catch (EnteApiException e) when (e.StatusCode is 401 or 410 or 429)
        {
            var error = e.StatusCode switch
            {
                401 => "Incorrect code.",
                410 => "That code has expired or was already used; request a new one.",
                _ => "Too many wrong codes; request a new one.",
            };
            return Set(step with { Error = error });
        }
        catch (EnteApiException e) when (e.StatusCode == 404)
        {
            throw NoAccount(e);
        }

        return Continue(response);
    }

    public async Task<LoginStep> ResendEmailCodeAsync(CancellationToken cancellationToken = default)
    {
        Require<NeedEmailCode>();
        await SendEmailCodeAsync(cancellationToken);
        return Set(new NeedEmailCode(Email, CodeSent: true));
    }

    /// <summary>The authenticator code; also allowed at <see cref="NeedPasskey"/> when TOTP is offered there.</summary>
    public async Task<LoginStep> SubmitTotpAsync(string code, CancellationToken cancellationToken = default)
    {
        if (current is not NeedTotp && current is not NeedPasskey { TotpAvailable: true })
        {
            throw new InvalidOperationException($"The login is not waiting for an authenticator code ({current?.GetType().Name ?? "not started"}).");
        }

        AuthorizationResponse response;
        try
        {
            response = await api.Auth.VerifyTotpAsync(totpSessionId!, code.Trim(), cancellationToken);
        }
        catch (EnteApiException e) when (e.StatusCode == 401)
        {
            return Set(new NeedTotp("Incorrect authenticator code."));
        }
        catch (EnteApiException e) when (e.StatusCode is 404 or 410 or 429)
        {
            var reason = e.StatusCode == 429 ? "Too many wrong authenticator codes" : "The two-factor session has expired";
            throw new LoginException($"{reason}; start the login again.", e);
        }

        return Continue(response);
    }

    /// <summary>
    /// Polls <c>get-token</c> within museum's rate limit (<see cref="PasskeyPacing"/>) until the browser
    /// has verified the passkey; throws <see cref="LoginException"/> after <see cref="PasskeyWait.Timeout"/>
    /// and <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public async Task<LoginStep> WaitForPasskeyAsync(PasskeyWait? wait = null, CancellationToken cancellationToken = default)
    {
        Require<NeedPasskey>();
        var poller = new PasskeyPoller(api.Auth, time, logger);
        return Continue(await poller.WaitAsync(passkeySessionId!, wait ?? new PasskeyWait(), cancellationToken));
    }

    private async Task<LoginStep> BeginEmailCodeAsync(bool send, CancellationToken cancellationToken)
    {
        if (send)
        {
            await SendEmailCodeAsync(cancellationToken);
        }

        return Set(new NeedEmailCode(Email, send));
    }

    private async Task SendEmailCodeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await api.Auth.SendEmailCodeAsync(Email, cancellationToken);
        }
        catch (EnteApiException e) when (e.StatusCode == 404)
        {
            throw NoAccount(e);
        }
        catch (EnteApiException e) when (e.StatusCode == 429)
        {
            throw new LoginException($"Too many codes were requested for {Email}; wait a while and try again.", e);
        }
    }

    private async Task<LoginStep> RunSrpAsync(string password, CancellationToken cancellationToken)
    {
        var attributes = srp!;
        var derived = await AccountKeyOpener.DeriveKekAsync(password, attributes.KekSalt, attributes.OpsLimit, attributes.MemLimit, cancellationToken);
        var round = await SrpRound.RunAsync(api.Auth, attributes, derived, cancellationToken);
        switch (round)
        {
            case SrpRound.EmailMfaRequired:
                return await BeginEmailCodeAsync(true, cancellationToken);
            case SrpRound.Rejected rejected:
                return Set(new NeedPassword(rejected.Error));
            case SrpRound.Verified verified:
                kek = derived;
                kekSalt = attributes.KekSalt;
                return Continue(verified.Response);
            default:
                throw new InvalidOperationException();
        }
    }

    private async Task<LoginStep> UnlockAsync(string password, CancellationToken cancellationToken)
    {
        var attributes = keysPending!.KeyAttributes!;
        var derived = await AccountKeyOpener.DeriveKekAsync(password, attributes.KekSalt, attributes.OpsLimit, attributes.MemLimit, cancellationToken);
        return AccountKeyOpener.TryOpenMasterKey(attributes, derived) is { } masterKey
            ? Complete(masterKey)
            : Set(new NeedPassword("Incorrect password.", ForDecryption: true));
    }

    /// <summary>Spec §2.8: a passkey or TOTP second factor, or the final keys and token.</summary>
    private LoginStep Continue(AuthorizationResponse response)
    {
        if (!string.IsNullOrEmpty(response.PasskeySessionId))
        {
            if (string.IsNullOrEmpty(response.AccountsUrl))
            {
                throw new LoginException("The server asked for a passkey but sent no accounts URL to verify it at.");
            }

            passkeySessionId = response.PasskeySessionId;
            totpSessionId = NullIfEmpty(response.TwoFactorSessionIdV2);
            return Set(new NeedPasskey(PasskeyUrl.Build(response.AccountsUrl, passkeySessionId), totpSessionId is not null));
        }

        if (!string.IsNullOrEmpty(response.TwoFactorSessionId))
        {
            totpSessionId = response.TwoFactorSessionId;
            return Set(new NeedTotp());
        }

        if (response.KeyAttributes is null || string.IsNullOrEmpty(response.EncryptedToken))
        {
            throw new LoginException(string.IsNullOrEmpty(response.Token)
                ? "The server's login answer holds neither keys nor a token."
                : $"{Email} has not finished signing up (the account has no keys yet). Finish signup in an Ente app first.");
        }

        keysPending = response;
        if (kek is not null && kekSalt == response.KeyAttributes.KekSalt)
        {
            var masterKey = AccountKeyOpener.TryOpenMasterKey(response.KeyAttributes, kek)
                ?? throw new LoginException("The password was accepted, but it does not open the account's master key.");
            return Complete(masterKey);
        }

        return Set(new NeedPassword(ForDecryption: true));
    }

    private LoginStep Complete(byte[] masterKey)
    {
        var result = AccountKeyOpener.Open(Endpoint, Email, keysPending!, masterKey);
        logger.LogInformation("Logged in {Email} (user {UserId}) at {Endpoint}", Email, result.UserId, Endpoint);
        return Set(new LoginCompleted(result));
    }

    private LoginException NoAccount(Exception inner) =>
        new($"There is no Ente account for {Email} on {Endpoint} (or its signup was not finished).", inner);

    private T Require<T>()
        where T : LoginStep =>
        current as T ?? throw new InvalidOperationException($"The login is not waiting for {typeof(T).Name} ({current?.GetType().Name ?? "not started"}).");

    private LoginStep Set(LoginStep step) => current = step;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
