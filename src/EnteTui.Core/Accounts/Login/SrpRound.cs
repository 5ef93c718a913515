namespace EnteTui.Core.Accounts.Login;

/// <summary>One SRP-6a exchange (spec §2.5, §2.6): create-session, verify-session, check M2. A failed verify means a new round.</summary>
internal static class SrpRound
{
    public static async Task<Outcome> RunAsync(AuthApi auth, SrpAttributes attributes, byte[] kek, CancellationToken cancellationToken)
    {
        SrpClient client;
        try
        {
            client = new SrpClient(attributes.SrpUserId, EnteBase64.Decode(attributes.SrpSalt), KeyDerivation.DeriveLoginSubKey(kek));
        }
        catch (CryptoException e)
        {
            throw new LoginException("The server sent malformed SRP attributes.", e);
        }

        CreateSrpSessionResponse session;
        try
        {
            session = await auth.CreateSrpSessionAsync(attributes.SrpUserId, EnteBase64.Encode(client.PublicA), cancellationToken);
        }
        catch (EnteApiException e) when (e.StatusCode == 409)
        {
            return new EmailMfaRequired();
        }
        catch (EnteApiException e) when (e.StatusCode == 429)
        {
            return new Rejected("Too many unfinished logins for this account; wait a while and try again.");
        }

        byte[] m1;
        try
        {
            m1 = client.ComputeM1(EnteBase64.Decode(session.SrpB));
        }
        catch (CryptoException e)
        {
            throw new LoginException("The server sent an invalid SRP value (B).", e);
        }

        AuthorizationResponse response;
        try
        {
            response = await auth.VerifySrpSessionAsync(attributes.SrpUserId, session.SessionId, EnteBase64.Encode(m1), cancellationToken);
        }
        catch (EnteApiException e) when (e.StatusCode == 401)
        {
            return new Rejected("Incorrect password.");
        }
        catch (EnteApiException e) when (e.StatusCode is 410 or 429)
        {
            return new Rejected("Too many wrong passwords; wait a while and try again.");
        }

        if (string.IsNullOrEmpty(response.SrpM2) || !VerifyM2(client, response.SrpM2))
        {
            throw new LoginException("The server's SRP proof (M2) did not verify, so it cannot be trusted with this login. Check the endpoint URL.");
        }

        return new Verified(response);
    }

    private static bool VerifyM2(SrpClient client, string m2)
    {
        try
        {
            return client.VerifyM2(EnteBase64.Decode(m2));
        }
        catch (CryptoException)
        {
            return false;
        }
    }

    internal abstract record Outcome;

    internal sealed record Verified(AuthorizationResponse Response) : Outcome;

    internal sealed record Rejected(string Error) : Outcome;

    internal sealed record EmailMfaRequired : Outcome;
}
