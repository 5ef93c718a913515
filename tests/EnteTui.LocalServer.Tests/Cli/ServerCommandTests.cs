using EnteTui.Core.Api.Wire;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Cli;

public sealed class ServerCommandTests
{
    [Fact]
    public async Task Server_command_seeds_prints_the_listening_line_first_and_stops_on_sigterm_keeping_its_data()
    {
        using var temp = new TempDirectory();
        TestMedia.Write(temp.Combine("seed", "Holiday"), "beach.jpg", TestMedia.Jpeg(400, 300));
        string[] arguments =
        [
            "--seed", temp.Combine("seed"), "--email", "cli@example.com", "--password", TestServer.Password,
            "--port", "0", "--data", temp.Combine("data"), "--ops-limit", "1", "--mem-limit", "8388608",
        ];

        using (var server = await ServerProcess.StartAsync(temp.Combine("home"), arguments))
        {
            Assert.Matches(@"^Listening on http://127\.0\.0\.1:\d+$", server.FirstLine);
            Assert.DoesNotContain(":0", server.BaseUrl, StringComparison.Ordinal);
            Assert.Equal(["Holiday"], await AlbumNamesAsync(server.BaseUrl));
            Assert.Equal(0, await server.TerminateAsync());
        }

        using var restarted = await ServerProcess.StartAsync(temp.Combine("home"), arguments);
        Assert.Equal(["Holiday"], await AlbumNamesAsync(restarted.BaseUrl));
        Assert.Equal(0, await restarted.TerminateAsync());
    }

    private static async Task<List<string>> AlbumNamesAsync(string baseUrl)
    {
        using var client = new TestClient(baseUrl);
        var session = await client.LoginAsync("cli@example.com", TestServer.Password);
        var collections = await client.GetJsonAsync<CollectionsResponse>("/collections/v2?sinceTime=0");
        return collections.Collections.Select(c => ClientCrypto.Name(c, ClientCrypto.CollectionKey(c, session))).ToList();
    }
}
