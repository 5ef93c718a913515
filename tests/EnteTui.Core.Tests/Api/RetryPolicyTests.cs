using System.Globalization;
using EnteTui.Core.Api;
using EnteTui.Core.Tests.Support;
using EnteTui.Fixtures;
using Microsoft.AspNetCore.Http;

namespace EnteTui.Core.Tests.Api;

public class RetryPolicyTests
{
    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_then_the_call_succeeds()
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, n) =>
        {
            if (n == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                await context.Response.WriteAsync("""{"error":"Rate limit breached, try later"}""");
                return;
            }

            await context.Response.WriteAsJsonAsync(new { collections = Array.Empty<object>() });
        });
        var clock = new TimerWatchingClock();
        using var api = new TestApi(time: clock);
        var client = api.Factory.Create(server.BaseUrl, "token", "a@example.org");

        var call = client.Collections.GetCollectionsAsync(0, CancellationToken.None);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromMilliseconds(999));

        Assert.False(call.IsCompleted);
        Assert.Single(server.Requests);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Empty(await call);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_Retry_After_date_is_waited_out_from_the_clock_s_now()
    {
        var clock = new TimerWatchingClock();
        await using var server = await ScriptedHttpServer.StartAsync(async (context, n) =>
        {
            if (n == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = clock.GetUtcNow().AddSeconds(3).ToString("R", CultureInfo.InvariantCulture);
                return;
            }

            await context.Response.WriteAsJsonAsync(new { collections = Array.Empty<object>() });
        });
        using var api = new TestApi(time: clock);

        var call = api.Factory.Create(server.BaseUrl, "token", "a@example.org").Collections.GetCollectionsAsync(0, CancellationToken.None);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Empty(await call);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Server_errors_back_off_exponentially_then_the_success_is_returned()
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, n) =>
        {
            if (n < 3)
            {
                context.Response.StatusCode = 503;
                return;
            }

            await context.Response.WriteAsync("""{"diff":[],"hasMore":false}""");
        });
        var clock = new TimerWatchingClock();
        using var api = new TestApi(time: clock, baseDelay: TimeSpan.FromSeconds(1));

        var call = api.Factory.Create(server.BaseUrl, "token").Trash.GetDiffAsync(0, CancellationToken.None);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(2, server.Requests.Count);
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(call.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False((await call).HasMore);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Server_errors_are_retried_up_to_the_attempt_limit(int status)
    {
        await using var server = await ScriptedHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using var api = new TestApi(maxAttempts: 4);
        var client = api.Factory.Create(server.BaseUrl, "token");

        var error = await Assert.ThrowsAsync<EnteApiException>(() => client.Trash.GetDiffAsync(0, CancellationToken.None));

        Assert.Equal(EnteApiErrorKind.ServerError, error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(4, server.Requests.Count);
    }

    [Theory]
    [InlineData(400, EnteApiErrorKind.BadRequest)]
    [InlineData(401, EnteApiErrorKind.Unauthorized)]
    [InlineData(402, EnteApiErrorKind.SubscriptionRequired)]
    [InlineData(403, EnteApiErrorKind.Forbidden)]
    [InlineData(404, EnteApiErrorKind.NotFound)]
    [InlineData(409, EnteApiErrorKind.Conflict)]
    [InlineData(410, EnteApiErrorKind.Gone)]
    [InlineData(413, EnteApiErrorKind.TooLarge)]
    [InlineData(426, EnteApiErrorKind.StorageFull)]
    public async Task Client_errors_are_not_retried_and_are_typed(int status, EnteApiErrorKind kind)
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync("""{"code":"SOME_CODE","message":"details"}""");
        });
        using var api = new TestApi();

        var error = await Assert.ThrowsAsync<EnteApiException>(
            () => api.Factory.Create(server.BaseUrl, "token", "a@example.org").Uploads.GetUploadUrlsAsync(2, CancellationToken.None));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("SOME_CODE", error.ServerCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        await using var server = await ScriptedHttpServer.StartAsync(async (context, n) =>
        {
            if (n == 1)
            {
                context.Abort();
                return;
            }

            await context.Response.WriteAsync("""{"collection":{"id":7,"owner":{"id":1},"encryptedKey":"","type":"album","updationTime":5}}""");
        });
        using var api = new TestApi();

        var collection = await api.Factory.Create(server.BaseUrl, "token").Collections.GetCollectionAsync(7, CancellationToken.None);

        Assert.Equal(7, collection.Id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Exhausted_429_says_so()
    {
        await using var server = await ScriptedHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 429;
            return Task.CompletedTask;
        });
        using var api = new TestApi(maxAttempts: 3);

        var error = await Assert.ThrowsAsync<EnteApiException>(
            () => api.Factory.Create(server.BaseUrl, "token").Collections.GetCollectionsAsync(0, CancellationToken.None));

        Assert.Equal(EnteApiErrorKind.RateLimited, error.Kind);
        Assert.Contains("rate limiting", error.Message);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task An_unreachable_endpoint_names_the_url()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var api = new TestApi(maxAttempts: 4);
        api.Log.Lines.Clear();

        var error = await Assert.ThrowsAsync<EnteApiException>(
            () => api.Factory.Create($"http://127.0.0.1:{port}").Auth.GetSrpAttributesAsync("a@example.org", CancellationToken.None));

        Assert.Equal(EnteApiErrorKind.Unreachable, error.Kind);
        Assert.Contains($"http://127.0.0.1:{port}/users/srp/attributes", error.Message);
        Assert.DoesNotContain("a@example.org", error.Message);
        Assert.Null(error.StatusCode);
        Assert.DoesNotContain("Retrying", api.Log.AllText);
    }
}
