using System.Net;
using System.Text.Json;
using EnteTui.Core.Api.Wire;
using EnteTui.LocalServer.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.LocalServer.Tests.Auth;

/// <summary>museum's login-path rate limit and a passkey the "browser" approves after a chosen delay, on the server's fake clock.</summary>
public sealed class MuseumLimitsTests
{
    [Fact]
    public async Task Login_paths_allow_ten_requests_a_minute_per_path_then_429_without_retry_after()
    {
        var clock = new FakeTimeProvider();
        await using var server = await TestServer.StartAsync(new LocalServerOptions { Time = clock });
        using var client = new TestClient(server.BaseUrl);
        const string Attributes = "/users/srp/Attributes?email=nobody%40example.org";

        for (var i = 0; i < 10; i++)
        {
            using var allowed = await client.GetAsync(Attributes);
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        using var limited = await client.GetAsync(Attributes);
        using var otherPath = await client.GetAsync("/users/two-factor/passkeys/get-token?sessionID=nope");
        clock.Advance(TimeSpan.FromSeconds(59));
        using var stillLimited = await client.GetAsync(Attributes);
        clock.Advance(TimeSpan.FromSeconds(1));
        using var nextWindow = await client.GetAsync(Attributes);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Empty(limited.Headers.RetryAfter?.ToString() ?? "");
        Assert.Equal("Rate limit breached, try later", JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, otherPath.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLimited.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nextWindow.StatusCode);
        Assert.Equal(2, server.Stats.RateLimitedRequests);
    }

    [Fact]
    public async Task The_limit_can_be_raised_or_switched_off_through_the_admin_api()
    {
        await using var server = await TestServer.StartAsync(new LocalServerOptions());
        using var client = new TestClient(server.BaseUrl);

        using var set = await client.PostAsync("/__admin/settings", new { authRateLimitPerMinute = 0 });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 15; i++)
        {
            using var response = await client.PostAsync("/users/two-factor/verify", new TwoFactorVerifyRequest { SessionId = "nope", Code = "000000" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(0, server.AuthRateLimitPerMinute);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
    }

    [Fact]
    public async Task A_passkey_approves_itself_after_the_chosen_delay_on_the_server_clock()
    {
        var clock = new FakeTimeProvider();
        await using var server = await TestServer.StartAsync(new LocalServerOptions { Time = clock });
        await server.CreateAccountAsync(TestServer.Account("a@b.c") with { Passkey = true, PasskeyApprovalDelay = TimeSpan.FromSeconds(45) });
        using var client = new TestClient(server.BaseUrl);
        var (response, kek) = await client.SrpAsync("a@b.c", TestServer.Password);
        var first = await TestClient.ReadAsync<AuthorizationResponse>(response);
        var poll = $"/users/two-factor/passkeys/get-token?sessionID={Uri.EscapeDataString(first.PasskeySessionId!)}";

        clock.Advance(TimeSpan.FromSeconds(44));
        using var pending = await client.GetAsync(poll);
        clock.Advance(TimeSpan.FromSeconds(1));
        var done = await client.GetJsonAsync<AuthorizationResponse>(poll);

        Assert.Equal(HttpStatusCode.BadRequest, pending.StatusCode);
        Assert.Equal(first.Id, client.Complete(done, kek).UserId);
    }

    [Fact]
    public async Task Token_headers_on_download_paths_are_counted_and_the_query_token_is_not()
    {
        await using var env = await LoggedInServer.StartAsync();
        var fileId = await env.User.UploadAsync(env.User.CreateAlbum("A"), Uploads.Image("a.jpg"));
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(env.Server.BaseUrl) };

        using var byQuery = await anonymous.GetAsync($"/files/download/{fileId}?token={Uri.EscapeDataString(env.Session.Token)}");
        using var previewByQuery = await anonymous.GetAsync($"/files/preview/{fileId}?token={Uri.EscapeDataString(env.Session.Token)}");
        var before = env.Server.Stats.TokenHeadersOnDownloads;
        using var byHeader = await env.Client.GetAsync($"/files/preview/{fileId}");
        var stats = await env.Client.GetJsonAsync<JsonElement>("/__admin/stats");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, byQuery.StatusCode);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, previewByQuery.StatusCode);
        Assert.Equal(0, before);
        Assert.Equal(1, env.Server.Stats.TokenHeadersOnDownloads);
        Assert.Equal(1, stats.GetProperty("tokenHeadersOnDownloads").GetInt64());
    }
}
