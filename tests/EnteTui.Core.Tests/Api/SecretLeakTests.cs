using EnteTui.Core.Api;
using EnteTui.Core.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace EnteTui.Core.Tests.Api;

public class SecretLeakTests
{
    private const string Token = "9mT4_secret-token-value_q83vEjRWeJq83vEjRWeJ=";

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(500)]
    public async Task A_failed_request_leaks_no_token_into_the_exception_or_the_log(int status)
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = status;
            // A hostile or buggy server echoing the token back must not get it printed either.
            await context.Response.WriteAsync($$"""{"code":"BAD","message":"token {{context.Request.Headers["X-Auth-Token"]}} rejected"}""");
        });
        using var api = new TestApi(maxAttempts: 2);

        var error = await Assert.ThrowsAsync<EnteApiException>(
            () => api.Factory.Create(server.BaseUrl, Token, "a@example.org").Collections.GetDiffAsync(3, 0, CancellationToken.None));

        Assert.DoesNotContain(Token, error.ToString());
        Assert.DoesNotContain(Token, api.Log.AllText);
        Assert.NotEmpty(api.Log.Lines);
    }

    [Fact]
    public async Task An_expired_token_tells_the_user_to_add_the_account_again()
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("""{"error":"token expired"}""");
        });
        using var api = new TestApi();

        var error = await Assert.ThrowsAsync<EnteApiException>(
            () => api.Factory.Create(server.BaseUrl, Token, "a@example.org").Collections.GetCollectionsAsync(0, CancellationToken.None));

        Assert.Equal(EnteApiErrorKind.Unauthorized, error.Kind);
        Assert.Equal("token expired", error.ServerCode);
        Assert.Contains($"ente-tui account add --endpoint {server.BaseUrl} --email a@example.org", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_failed_object_download_does_not_print_the_presigned_query()
    {
        await using var storage = await ScriptedHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 403;
            return Task.CompletedTask;
        });
        await using var server = await ScriptedHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = $"{storage.BaseUrl}/obj?X-Amz-Signature=very-secret";
            return Task.CompletedTask;
        });
        using var api = new TestApi();

        var error = await Assert.ThrowsAsync<EnteApiException>(
            () => api.Factory.Create(server.BaseUrl, Token).Files.DownloadFileAsync(1, CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Contains($"{storage.BaseUrl}/obj", error.Message);
        Assert.DoesNotContain("very-secret", error.ToString());
        Assert.DoesNotContain("very-secret", api.Log.AllText);
    }
}
