using EnteTui.Core.Tests.Support;

namespace EnteTui.Core.Tests.Api;

public class TokenRedirectTests
{
    private const string Token = "Zm9yLXRoZS1hcGktaG9zdC1vbmx5LWZvci10aGUtYXBpLWhvc3Q=";

    [Fact]
    public async Task The_token_goes_only_in_the_query_of_the_first_hop_never_as_a_header_nor_to_the_redirect_targets()
    {
        var blob = new byte[] { 1, 2, 3, 4, 5 };
        ScriptedHttpServer? api = null;
        await using var other = await ScriptedHttpServer.StartAsync((context, _) =>
        {
            // A hostile or misconfigured storage host bouncing the client back to the API host.
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = $"{api!.BaseUrl}/blob/7";
            return Task.CompletedTask;
        });
        api = await ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            if (context.Request.Path.StartsWithSegments("/files/download"))
            {
                context.Response.StatusCode = 307;
                context.Response.Headers.Location = other.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/bucket/7?X-Amz-Signature=s";
                return;
            }

            await context.Response.Body.WriteAsync(blob);
        });
        await using var _ = api;
        using var test = new TestApi();

        await using var download = await test.Factory.Create(api.BaseUrl, Token).Files.DownloadFileAsync(7, CancellationToken.None);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        Assert.Equal(blob, copy.ToArray());
        var hops = api.Requests.Concat(other.Requests).ToList();
        Assert.Equal(3, hops.Count);
        Assert.StartsWith("localhost:", other.Requests.Single().Header("Host"), StringComparison.Ordinal);
        var first = api.Requests.Single(r => r.PathAndQuery.StartsWith("/files/download/7", StringComparison.Ordinal));
        Assert.Equal("/files/download/7?token=" + Uri.EscapeDataString(Token), first.PathAndQuery);
        Assert.All(hops, r => Assert.Null(r.Header("X-Auth-Token")));
        Assert.All(hops.Where(r => r != first), r => Assert.DoesNotContain("token", r.PathAndQuery, StringComparison.OrdinalIgnoreCase));
    }
}
