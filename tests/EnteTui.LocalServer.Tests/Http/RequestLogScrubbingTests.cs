using System.Net;
using EnteTui.LocalServer.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace EnteTui.LocalServer.Tests.Http;

public sealed class RequestLogScrubbingTests
{
    [Fact]
    public async Task Request_logs_at_every_level_never_hold_the_query_token_or_a_blob_signature()
    {
        using var logs = new FakeLoggerProvider();
        await using var env = await LoggedInServer.StartAsync(new LocalServerOptions
        {
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs),
        });
        var fileId = await env.User.UploadAsync(env.User.CreateAlbum("Logged"), Uploads.Image("l.jpg"));
        var token = Uri.EscapeDataString(env.Session.Token);
        using var anonymous = new TestClient(env.Server.BaseUrl);

        using var collections = await anonymous.GetAsync($"/collections/v2?sinceTime=0&token={token}");
        using var redirect = await anonymous.GetAsync($"/files/download/{fileId}?token={token}");
        var blob = redirect.Headers.Location!;
        using var storage = new HttpClient();
        using var refused = await storage.GetAsync($"{blob}&token={token}");
        var signature = System.Web.HttpUtility.ParseQueryString(blob.Query)["X-Signature"]!;

        Assert.Equal(HttpStatusCode.OK, collections.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        // The server writes a request's log line after the client already has the response.
        bool Logged() => logs.Collector.GetSnapshot().Any(r => r.Message.Contains("/blobs/", StringComparison.Ordinal) && r.Message.Contains("-> 403", StringComparison.Ordinal));
        for (var waited = 0; waited < 400 && !Logged(); waited++)
        {
            await Task.Delay(25);
        }

        var lines = logs.Collector.GetSnapshot().Select(r => r.Message + " " + r.Exception).ToList();
        Assert.Contains(lines, l => l.Contains("GET /collections/v2?sinceTime=0&token=[redacted] -> 200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("/blobs/", StringComparison.Ordinal) && l.Contains("-> 403", StringComparison.Ordinal));
        foreach (var secret in new[] { env.Session.Token, token, signature })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
