using System.Net;
using EnteTui.Core.Api.Wire;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Http;

public sealed class TransportTests
{
    [Fact]
    public async Task Json_is_gzipped_when_the_client_accepts_it()
    {
        await using var env = await LoggedInServer.StartAsync();
        using var raw = new HttpClient { BaseAddress = new Uri(env.Server.BaseUrl) };
        raw.DefaultRequestHeaders.Add("X-Auth-Token", env.Session.Token);
        raw.DefaultRequestHeaders.Add("Accept-Encoding", "gzip");
        using var decompressing = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip }) { BaseAddress = new Uri(env.Server.BaseUrl) };
        decompressing.DefaultRequestHeaders.Add("X-Auth-Token", env.Session.Token);

        using var compressed = await raw.GetAsync("/collections/v2?sinceTime=0");
        using var plain = await env.Client.GetAsync("/collections/v2?sinceTime=0");
        using var decoded = await decompressing.GetAsync("/collections/v2?sinceTime=0");

        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.NotNull(await TestClient.ReadAsync<CollectionsResponse>(decoded));
    }

    [Fact]
    public async Task Ids_are_past_32_bits_and_survive_a_restart_with_the_same_data()
    {
        using var temp = new TempDirectory();
        long fileId;
        await using (var server = await TestServer.StartAsync(new LocalServerOptions { DataDirectory = temp.Combine("data") }))
        {
            var account = await server.CreateAccountAsync(TestServer.Account("a@b.c"));
            var user = server.User("a@b.c");
            fileId = await user.UploadAsync(user.CreateAlbum("Kept"), Uploads.Image("k.jpg"));
            Assert.True(account.UserId > int.MaxValue);
            Assert.True(fileId > uint.MaxValue);
        }

        await using var restarted = await TestServer.StartAsync(new LocalServerOptions { DataDirectory = temp.Combine("data") });
        using var client = new TestClient(restarted.BaseUrl);
        await client.LoginAsync("a@b.c", TestServer.Password);
        using var download = await client.GetAsync($"/files/download/{fileId}");
        var nextAlbum = restarted.User("a@b.c").CreateAlbum("After restart");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, download.StatusCode);
        Assert.True(nextAlbum > restarted.User("a@b.c").Album("Kept").Id);
    }
}
