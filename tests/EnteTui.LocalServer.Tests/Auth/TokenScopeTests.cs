using System.Net;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Auth;

public sealed class TokenScopeTests
{
    [Fact]
    public async Task Token_is_valid_only_under_the_app_it_was_issued_for()
    {
        await using var server = await TestServer.StartAsync();
        await server.CreateAccountAsync(TestServer.Account("a@b.c"));
        using var photos = new TestClient(server.BaseUrl, "io.ente.photos.desktop");
        var session = await photos.LoginAsync("a@b.c", TestServer.Password);
        using var web = new TestClient(server.BaseUrl, "io.ente.photos.web");
        web.UseToken(session.Token);
        using var authApp = new TestClient(server.BaseUrl, "io.ente.auth");
        authApp.UseToken(session.Token);

        using var samePhotosFamily = await web.GetAsync("/collections/v2?sinceTime=0");
        using var otherApp = await authApp.GetAsync("/users/session-validity/v2");

        Assert.Equal(HttpStatusCode.OK, samePhotosFamily.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherApp.StatusCode);
        Assert.Equal("{\"error\":\"invalid token\"}", await otherApp.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Auth_app_token_is_refused_on_storage_endpoints()
    {
        await using var server = await TestServer.StartAsync();
        await server.CreateAccountAsync(TestServer.Account("a@b.c"));
        using var authApp = new TestClient(server.BaseUrl, "io.ente.auth");
        await authApp.LoginAsync("a@b.c", TestServer.Password);

        using var validity = await authApp.GetAsync("/users/session-validity/v2");
        using var collections = await authApp.GetAsync("/collections/v2?sinceTime=0");

        Assert.Equal(HttpStatusCode.OK, validity.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, collections.StatusCode);
        Assert.Equal("{\"error\":\"invalid app for endpoint\"}", await collections.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_works_as_query_parameter_missing_is_401_and_logout_revokes()
    {
        await using var server = await TestServer.StartAsync();
        await server.CreateAccountAsync(TestServer.Account("a@b.c"));
        using var client = new TestClient(server.BaseUrl);
        var session = await client.LoginAsync("a@b.c", TestServer.Password);
        using var anonymous = new TestClient(server.BaseUrl);

        using var missing = await anonymous.GetAsync("/collections/v2");
        using var viaQuery = await anonymous.GetAsync($"/collections/v2?token={Uri.EscapeDataString(session.Token)}");
        using var logout = await client.PostAsync("/users/logout", new { });
        using var afterLogout = await client.GetAsync("/collections/v2");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("{\"error\":\"missing token\"}", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, viaQuery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.StatusCode);
    }
}
