using System.Text;
using System.Text.Json;
using EnteTui.Core.Accounts.Login;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.Core.Tests.Support;
using EnteTui.Fixtures;
using EnteTui.LocalServer.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Core.Tests.Accounts;

/// <summary>Login edge cases against scripted servers; the happy paths run against the local server in EnteTui.Tests.</summary>
public class LoginFlowTests
{
    private const string Password = "pw";
    private static readonly FakeEnteAccount Account = new(Password);

    [Fact]
    public async Task Srp_login_checks_the_servers_M2()
    {
        SrpServerSession? session = null;
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            switch (context.Request.Path.Value)
            {
                case "/users/srp/attributes":
                    await Json(context, Account.SrpAttributes());
                    break;
                case "/users/srp/create-session":
                    session = new SrpServerSession(Account.Verifier);
                    await Json(context, new CreateSrpSessionResponse { SessionId = Guid.NewGuid().ToString(), SrpB = EnteBase64.Encode(session.PublicB) });
                    break;
                default:
                    var response = Account.Authorized();
                    response.SrpM2 = EnteBase64.Encode(new byte[32]);
                    await Json(context, response);
                    break;
            }
        });
        using var api = new TestApi();
        var flow = Factory(api).Create(server.BaseUrl, "A@Example.org");

        Assert.IsType<NeedPassword>(await flow.StartAsync());
        var error = await Assert.ThrowsAsync<LoginException>(() => flow.SubmitPasswordAsync(Password));

        Assert.Contains("M2", error.Message);
        Assert.Contains("email=a%40example.org", server.Requests.First().PathAndQuery);
    }

    [Fact]
    public async Task Email_code_flow_sends_purpose_login_and_allows_retries_after_rejections()
    {
        var verifyCalls = 0;
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            switch (context.Request.Path.Value)
            {
                case "/users/srp/attributes":
                    context.Response.StatusCode = 404;
                    break;
                case "/users/ott":
                    break;
                default:
                    verifyCalls++;
                    context.Response.StatusCode = verifyCalls switch { 1 => 401, 2 => 410, 3 => 429, _ => 200 };
                    if (verifyCalls > 3)
                    {
                        await Json(context, Account.Authorized());
                    }

                    break;
            }
        });
        using var api = new TestApi();
        var flow = Factory(api).Create(server.BaseUrl, "a@example.org");

        var step = Assert.IsType<NeedEmailCode>(await flow.StartAsync());
        Assert.True(step.CodeSent);
        Assert.Equal("Incorrect code.", Assert.IsType<NeedEmailCode>(await flow.SubmitEmailCodeAsync("111111")).Error);
        Assert.Contains("expired", Assert.IsType<NeedEmailCode>(await flow.SubmitEmailCodeAsync("111111")).Error);
        Assert.Contains("Too many", Assert.IsType<NeedEmailCode>(await flow.SubmitEmailCodeAsync("111111")).Error);
        Assert.IsType<NeedEmailCode>(await flow.ResendEmailCodeAsync());
        var unlock = Assert.IsType<NeedPassword>(await flow.SubmitEmailCodeAsync(" 123456 "));
        Assert.True(unlock.ForDecryption);
        Assert.Equal("Incorrect password.", Assert.IsType<NeedPassword>(await flow.SubmitPasswordAsync("wrong")).Error);
        var done = Assert.IsType<LoginCompleted>(await flow.SubmitPasswordAsync(Password));

        Assert.Equal(Account.Token, done.Result.Token);
        Assert.Equal(Account.MasterKey, done.Result.Keys.MasterKey);
        Assert.Equal(Account.KeyPair.SecretKey, done.Result.Keys.SecretKey);
        var ott = server.Requests.First(r => r.PathAndQuery == "/users/ott");
        Assert.Equal("""{"email":"a@example.org","purpose":"login"}""", Encoding.UTF8.GetString(ott.Body));
        Assert.Equal(2, server.Requests.Count(r => r.PathAndQuery == "/users/ott"));
        Assert.Contains("\"ott\":\"123456\"", Encoding.UTF8.GetString(server.Requests.Last(r => r.PathAndQuery == "/users/verify-email").Body));
        Assert.Equal(4, verifyCalls);
        Assert.DoesNotContain(done.Result.Token, done.ToString());
    }

    [Fact]
    public async Task Passkey_polling_waits_for_the_browser()
    {
        var polls = 0;
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            switch (context.Request.Path.Value)
            {
                case "/users/srp/attributes":
                    await Json(context, Account.SrpAttributes(emailMfa: true));
                    break;
                case "/users/ott":
                    break;
                case "/users/verify-email":
                    await Json(context, new AuthorizationResponse { Id = 7, PasskeySessionId = "pk-session_1", AccountsUrl = "https://accounts.example.org/", TwoFactorSessionId = "" });
                    break;
                default:
                    if (++polls < 3)
                    {
                        context.Response.StatusCode = 400;
                        await context.Response.WriteAsync("""{"code":"SESSION_NOT_VERIFIED","message":"not yet"}""");
                        return;
                    }

                    await Json(context, Account.Authorized());
                    break;
            }
        });
        using var api = new TestApi();
        var clock = new FakeTimeProvider();
        var flow = Factory(api, clock).Create(server.BaseUrl, "a@example.org");
        await flow.StartAsync();

        var passkey = Assert.IsType<NeedPasskey>(await flow.SubmitEmailCodeAsync("123456"));
        Assert.Equal("https://accounts.example.org/passkeys/verify?passkeySessionID=pk-session_1&redirect=ente-cli://passkey&clientPackage=io.ente.photos", passkey.VerificationUrl);
        Assert.False(passkey.TotpAvailable);
        var started = clock.GetUtcNow();
        Assert.IsType<NeedPassword>(await FakeClockDriver.RunAsync(clock, flow.WaitForPasskeyAsync(), TimeSpan.FromMinutes(1)));

        Assert.Equal(3, polls);
        Assert.InRange(clock.GetUtcNow() - started, TimeSpan.FromSeconds(21), TimeSpan.FromSeconds(35));
        Assert.Contains("/users/two-factor/passkeys/get-token?sessionID=pk-session_1", server.Requests.Last().PathAndQuery);
    }

    [Fact]
    public async Task Passkey_polling_stops_when_cancelled()
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            switch (context.Request.Path.Value)
            {
                case "/users/srp/attributes":
                    context.Response.StatusCode = 404;
                    break;
                case "/users/verify-email":
                    await Json(context, new AuthorizationResponse { Id = 7, PasskeySessionId = "s", AccountsUrl = "https://a.example.org" });
                    break;
                case "/users/two-factor/passkeys/get-token":
                    context.Response.StatusCode = 400;
                    await context.Response.WriteAsync("""{"code":"SESSION_NOT_VERIFIED"}""");
                    break;
            }
        });
        using var api = new TestApi();
        var flow = Factory(api).Create(server.BaseUrl, "a@example.org");
        await flow.StartAsync(sendEmailCode: false);
        await flow.SubmitEmailCodeAsync("123456");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => flow.WaitForPasskeyAsync(cancellationToken: cancel.Token));

        Assert.DoesNotContain(server.Requests, r => r.PathAndQuery == "/users/ott");
    }

    [Theory]
    [InlineData("""{"id":7,"passkeySessionID":"s","accountsUrl":""}""", "accounts URL")]
    [InlineData("""{"id":7,"token":"plain-token="}""", "not finished signing up")]
    [InlineData("""{"id":7}""", "neither keys nor a token")]
    public async Task Protocol_dead_ends_are_clear_errors(string verifyAnswer, string message)
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            switch (context.Request.Path.Value)
            {
                case "/users/srp/attributes":
                    context.Response.StatusCode = 404;
                    break;
                case "/users/verify-email":
                    await context.Response.WriteAsync(verifyAnswer);
                    break;
            }
        });
        using var api = new TestApi();
        var flow = Factory(api).Create(server.BaseUrl, "a@example.org");
        await flow.StartAsync();

        var error = await Assert.ThrowsAsync<LoginException>(() => flow.SubmitEmailCodeAsync("123456"));

        Assert.Contains(message, error.Message);
    }

    private static LoginFlowFactory Factory(TestApi api, TimeProvider? time = null) => new(api.Factory, time ?? TimeProvider.System, NullLogger<LoginFlow>.Instance);

    private static Task Json<T>(HttpContext context, T body) =>
        context.Response.WriteAsync(JsonSerializer.Serialize(body, EnteJson.Options));
}
