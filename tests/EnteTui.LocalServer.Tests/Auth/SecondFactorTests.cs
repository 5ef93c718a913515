using System.Net;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Auth;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Auth;

public sealed class SecondFactorTests
{
    [Fact]
    public async Task Email_mfa_account_refuses_srp_and_logs_in_with_the_printed_code()
    {
        var output = new StringWriter();
        await using var server = await TestServer.StartAsync(new LocalServerOptions { Output = output });
        await server.CreateAccountAsync(TestServer.Account("a@b.c") with { EmailMfa = true });
        using var client = new TestClient(server.BaseUrl);
        var attributes = (await client.GetJsonAsync<SrpAttributesResponse>("/users/srp/attributes?email=a@b.c")).Attributes!;
        Assert.True(attributes.IsEmailMfaEnabled);
        var srp = new SrpClient(attributes.SrpUserId, EnteBase64.Decode(attributes.SrpSalt), CryptoRandom.Bytes(16));
        using var refused = await client.PostAsync("/users/srp/create-session",
            new CreateSrpSessionRequest { SrpUserId = attributes.SrpUserId, SrpA = EnteBase64.Encode(srp.PublicA) });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("EMAIL_MFA_ENABLED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var sent = await client.PostAsync("/users/ott", new SendOttRequest { Email = "A@b.c", Purpose = "login" });
        var code = server.LatestOtt("a@b.c")!;
        using var wrong = await client.PostAsync("/users/verify-email", new VerifyEmailRequest { Email = "a@b.c", Ott = code == "000000" ? "111111" : "000000" });
        var authorization = await client.PostJsonAsync<VerifyEmailRequest, AuthorizationResponse>("/users/verify-email", new VerifyEmailRequest { Email = "a@b.c", Ott = code });
        using var used = await client.PostAsync("/users/verify-email", new VerifyEmailRequest { Email = "a@b.c", Ott = code });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains($"OTT for a@b.c: {code}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, used.StatusCode);
        var keys = authorization.KeyAttributes!;
        var kek = KeyDerivation.DeriveKek(TestServer.Password, EnteBase64.Decode(keys.KekSalt), keys.OpsLimit, keys.MemLimit);
        client.Complete(authorization, kek);
        using var collections = await client.GetAsync("/collections/v2");
        Assert.Equal(HttpStatusCode.OK, collections.StatusCode);
    }

    [Fact]
    public async Task Ott_for_an_unregistered_email_is_404_for_login()
    {
        await using var server = await TestServer.StartAsync();
        using var client = new TestClient(server.BaseUrl);

        using var response = await client.PostAsync("/users/ott", new SendOttRequest { Email = "nobody@b.c", Purpose = "login" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("USER_NOT_REGISTERED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Totp_account_needs_a_valid_code_once()
    {
        var secret = Totp.NewSecret();
        await using var server = await TestServer.StartAsync();
        await server.CreateAccountAsync(TestServer.Account("a@b.c") with { TotpSecret = secret });
        using var client = new TestClient(server.BaseUrl);

        var (response, kek) = await client.SrpAsync("a@b.c", TestServer.Password);
        var first = await TestClient.ReadAsync<AuthorizationResponse>(response);
        Assert.NotEmpty(first.TwoFactorSessionId!);
        Assert.Null(first.EncryptedToken);
        var code = Totp.Compute(secret, DateTimeOffset.UtcNow);
        var wrongCode = code == "123456" ? "654321" : "123456";
        using var wrong = await client.PostAsync("/users/two-factor/verify", new TwoFactorVerifyRequest { SessionId = first.TwoFactorSessionId!, Code = wrongCode });
        using var unknown = await client.PostAsync("/users/two-factor/verify", new TwoFactorVerifyRequest { SessionId = "nope", Code = code });
        var second = await client.PostJsonAsync<TwoFactorVerifyRequest, AuthorizationResponse>("/users/two-factor/verify",
            new TwoFactorVerifyRequest { SessionId = first.TwoFactorSessionId!, Code = code });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        client.Complete(second, kek);
        using var validity = await client.GetAsync("/users/session-validity/v2");
        Assert.Equal(HttpStatusCode.OK, validity.StatusCode);

        var (again, _) = await client.SrpAsync("a@b.c", TestServer.Password);
        var third = await TestClient.ReadAsync<AuthorizationResponse>(again);
        using var replay = await client.PostAsync("/users/two-factor/verify", new TwoFactorVerifyRequest { SessionId = third.TwoFactorSessionId!, Code = code });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Passkey_polling_is_400_until_the_session_is_verified()
    {
        await using var server = await TestServer.StartAsync();
        await server.CreateAccountAsync(TestServer.Account("a@b.c") with { Passkey = true, TotpSecret = Totp.NewSecret() });
        using var client = new TestClient(server.BaseUrl);

        var (response, kek) = await client.SrpAsync("a@b.c", TestServer.Password);
        var first = await TestClient.ReadAsync<AuthorizationResponse>(response);
        Assert.Equal("", first.TwoFactorSessionId);
        Assert.NotEmpty(first.TwoFactorSessionIdV2!);
        Assert.StartsWith(server.BaseUrl, first.AccountsUrl, StringComparison.Ordinal);
        var poll = $"/users/two-factor/passkeys/get-token?sessionID={Uri.EscapeDataString(first.PasskeySessionId!)}";

        using var pending = await client.GetAsync(poll);
        Assert.Equal(HttpStatusCode.BadRequest, pending.StatusCode);
        Assert.Contains("SESSION_NOT_VERIFIED", await pending.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var browser = new HttpClient();
        var verifyPage = $"{first.AccountsUrl}/passkeys/verify?passkeySessionID={Uri.EscapeDataString(first.PasskeySessionId!)}&redirect=ente-cli://passkey&clientPackage=io.ente.photos";
        using var ceremony = await browser.GetAsync(verifyPage);
        Assert.Equal(HttpStatusCode.OK, ceremony.StatusCode);
        var done = await client.GetJsonAsync<AuthorizationResponse>(poll);
        client.Complete(done, kek);
        using var unknown = await client.GetAsync("/users/two-factor/passkeys/get-token?sessionID=nope");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public void Totp_matches_the_rfc_6238_sha1_vector()
    {
        var secret = Base32.Encode("12345678901234567890"u8);

        Assert.Equal("287082", Totp.Compute(secret, DateTimeOffset.FromUnixTimeSeconds(59)));
        Assert.Equal("081804", Totp.Compute(secret, DateTimeOffset.FromUnixTimeSeconds(1111111109)));
        Assert.True(Totp.Verify(secret, "287082", DateTimeOffset.FromUnixTimeSeconds(59 + 30)));
        Assert.False(Totp.Verify(secret, "287082", DateTimeOffset.FromUnixTimeSeconds(59 + 90)));
    }
}
