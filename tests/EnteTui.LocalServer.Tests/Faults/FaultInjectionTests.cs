using System.Net;
using EnteTui.Fixtures;
using EnteTui.LocalServer.Faults;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Rates_of_one_give_429_with_retry_after_and_500_on_included_paths_only()
    {
        await using var env = await LoggedInServer.StartAsync();
        env.Server.Faults.Configure(new FaultOptions { TooManyRequestsRate = 1, RetryAfterSeconds = 3, IncludePaths = ["/collections"] });

        using var limited = await env.Client.GetAsync("/collections/v2");
        using var untouched = await env.Client.GetAsync("/users/session-validity/v2");
        env.Server.Faults.Configure(new FaultOptions { ServerErrorRate = 1, ExcludePaths = ["/users"] });
        using var failed = await env.Client.GetAsync("/collections/v2");
        using var excluded = await env.Client.GetAsync("/users/session-validity/v2");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("3", limited.Headers.GetValues("Retry-After").Single());
        Assert.Equal("{\"error\":\"Rate limit breached, try later\"}", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, untouched.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, excluded.StatusCode);
    }

    [Fact]
    public async Task Seeded_random_faults_are_reproducible()
    {
        await using var env = await LoggedInServer.StartAsync();
        async Task<string> RunAsync()
        {
            env.Server.Faults.Configure(new FaultOptions { TooManyRequestsRate = 0.3, ServerErrorRate = 0.3, Seed = 42 });
            var codes = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                using var response = await env.Client.GetAsync("/collections/v2");
                codes.Add((int)response.StatusCode);
            }

            return string.Join(",", codes);
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains("429", first, StringComparison.Ordinal);
        Assert.Contains("500", first, StringComparison.Ordinal);
        Assert.Contains("200", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduled_connection_reset_and_truncated_body_hit_the_next_matching_requests()
    {
        await using var env = await LoggedInServer.StartAsync();
        var album = env.User.CreateAlbum("Faulty");
        var fileId = await env.User.UploadAsync(album, Uploads.Image("f.jpg"));
        env.Server.Faults.Schedule(new ScheduledFault(FaultKind.ConnectionReset, "/collections/v2", 1));

        await Assert.ThrowsAsync<HttpRequestException>(() => env.Client.GetAsync("/collections/v2"));
        using var recovered = await env.Client.GetAsync("/collections/v2");
        using var redirect = await env.Client.GetAsync($"/files/download/{fileId}");
        env.Server.Faults.Schedule(new ScheduledFault(FaultKind.TruncatedBody, "/blobs", 1));
        using var storage = new HttpClient();
        var truncated = await Assert.ThrowsAnyAsync<Exception>(() => storage.GetByteArrayAsync(redirect.Headers.Location));
        var whole = await storage.GetByteArrayAsync(redirect.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.True(truncated is HttpRequestException or IOException, truncated.GetType().Name);
        Assert.NotEmpty(whole);
        Assert.Equal(2, env.Server.Faults.InjectedCount);
    }

    [Fact]
    public async Task Latency_is_added_to_every_request()
    {
        var clock = new TimerWatchingClock();
        await using var env = await LoggedInServer.StartAsync(new LocalServerOptions { Time = clock });
        env.Server.Faults.Configure(new FaultOptions { Latency = TimeSpan.FromMilliseconds(150) });

        var call = env.Client.GetAsync("/collections/v2");
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(150));
        clock.Advance(TimeSpan.FromMilliseconds(149));
        Assert.False(call.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        using var response = await call;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
