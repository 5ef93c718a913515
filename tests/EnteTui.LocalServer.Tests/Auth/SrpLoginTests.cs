using System.Net;
using System.Text.Json.Nodes;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Auth;

public sealed class SrpLoginTests
{
    [Fact]
    public async Task Srp_login_gives_a_sealed_url_safe_token_that_authenticates()
    {
        await using var server = await TestServer.StartAsync();
        var account = await server.CreateAccountAsync(TestServer.Account("Alice@Example.com "));
        using var client = new TestClient(server.BaseUrl);

        var session = await client.LoginAsync("alice@example.com", TestServer.Password);

        Assert.Equal(account.UserId, session.UserId);
        Assert.Equal(44, session.Token.Length);
        Assert.EndsWith("=", session.Token, StringComparison.Ordinal);
        Assert.DoesNotContain('+', session.Token);
        Assert.DoesNotContain('/', session.Token);
        var validity = await client.GetJsonAsync<SessionValidityResponse>("/users/session-validity/v2");
        Assert.True(validity.HasSetKeys);
        Assert.Equal(EnteBase64.Encode(session.PublicKey), validity.KeyAttributes!.PublicKey);
    }

    [Fact]
    public async Task Verify_session_answers_with_empty_second_factor_fields()
    {
        await using var server = await TestServer.StartAsync();
        await server.CreateAccountAsync(TestServer.Account("a@b.c"));
        using var client = new TestClient(server.BaseUrl);

        var (response, _) = await client.SrpAsync("a@b.c", TestServer.Password);

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        foreach (var field in new[] { "passkeySessionID", "twoFactorSessionID", "accountsUrl", "twoFactorSessionIDV2" })
        {
            Assert.Equal("", (string?)json[field]);
        }

        Assert.NotNull(json["keyAttributes"]);
        Assert.NotNull(json["encryptedToken"]);
        Assert.NotNull(json["srpM2"]);
    }

    [Fact]
    public async Task Wrong_password_is_401_with_an_empty_body()
    {
        await using var server = await TestServer.StartAsync();
        await server.CreateAccountAsync(TestServer.Account("a@b.c"));
        using var client = new TestClient(server.BaseUrl);

        var (response, _) = await client.SrpAsync("a@b.c", "wrong password");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_attempts_on_one_session_then_410()
    {
        await using var server = await TestServer.StartAsync();
        await server.CreateAccountAsync(TestServer.Account("a@b.c"));
        using var client = new TestClient(server.BaseUrl);
        var attributes = (await client.GetJsonAsync<SrpAttributesResponse>("/users/srp/attributes?email=a@b.c")).Attributes!;
        var srp = new SrpClient(attributes.SrpUserId, EnteBase64.Decode(attributes.SrpSalt), CryptoRandom.Bytes(16));
        var session = await client.PostJsonAsync<CreateSrpSessionRequest, CreateSrpSessionResponse>("/users/srp/create-session",
            new CreateSrpSessionRequest { SrpUserId = attributes.SrpUserId, SrpA = EnteBase64.Encode(srp.PublicA) });
        var verify = new VerifySrpSessionRequest { SrpUserId = attributes.SrpUserId, SessionId = session.SessionId, SrpM1 = EnteBase64.Encode(CryptoRandom.Bytes(32)) };

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.PostAsync("/users/srp/verify-session", verify);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var blocked = await client.PostAsync("/users/srp/verify-session", verify);
        Assert.Equal(HttpStatusCode.Gone, blocked.StatusCode);
        Assert.Contains("TOO_MANY_WRONG_ATTEMPTS", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_srpA_length_is_400_and_unknown_email_is_404()
    {
        await using var server = await TestServer.StartAsync();
        await server.CreateAccountAsync(TestServer.Account("a@b.c"));
        using var client = new TestClient(server.BaseUrl);

        using var unknown = await client.GetAsync("/users/srp/attributes?email=nobody@b.c");
        using var shortA = await client.PostAsync("/users/srp/create-session",
            new CreateSrpSessionRequest { SrpUserId = Guid.NewGuid().ToString(), SrpA = EnteBase64.Encode(new byte[511]) });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, shortA.StatusCode);
        Assert.Contains("Invalid length for srpA", await shortA.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_srp_user_gets_a_fake_session_that_fails_with_401()
    {
        await using var server = await TestServer.StartAsync();
        using var client = new TestClient(server.BaseUrl);
        var srpUserId = Guid.NewGuid().ToString();
        var srp = new SrpClient(srpUserId, CryptoRandom.Bytes(16), CryptoRandom.Bytes(16));

        var session = await client.PostJsonAsync<CreateSrpSessionRequest, CreateSrpSessionResponse>("/users/srp/create-session",
            new CreateSrpSessionRequest { SrpUserId = srpUserId, SrpA = EnteBase64.Encode(srp.PublicA) });
        using var verify = await client.PostAsync("/users/srp/verify-session",
            new VerifySrpSessionRequest { SrpUserId = srpUserId, SessionId = session.SessionId, SrpM1 = EnteBase64.Encode(CryptoRandom.Bytes(32)) });

        Assert.Equal(512, EnteBase64.Decode(session.SrpB).Length);
        Assert.Equal(HttpStatusCode.Unauthorized, verify.StatusCode);
    }
}
