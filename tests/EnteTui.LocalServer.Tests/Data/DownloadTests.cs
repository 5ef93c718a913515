using System.Net;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Data;

public sealed class DownloadTests
{
    [Fact]
    public async Task Download_redirects_to_a_signed_blob_url_that_refuses_the_token_and_serves_the_exact_ciphertext()
    {
        await using var env = await LoggedInServer.StartAsync();
        var content = TestMedia.Jpeg(300, 200, shade: 33);
        var album = env.User.CreateAlbum("Blob");
        var fileId = await env.User.UploadAsync(album, Uploads.Image("x.jpg") with { OpenContent = () => new MemoryStream(content), Hash = ContentHash.Compute(content) });
        var collection = await env.CollectionAsync(album);
        var entry = (await env.DiffPagesAsync(album)).SelectMany(p => p.Diff).Single();

        using var redirect = await env.Client.GetAsync($"/files/download/{fileId}");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.True(location.IsAbsoluteUri);
        Assert.StartsWith(env.Server.BaseUrl, location.ToString(), StringComparison.Ordinal);

        using var storage = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var withHeader = new HttpRequestMessage(HttpMethod.Get, location);
        withHeader.Headers.Add("X-Auth-Token", env.Session.Token);
        using var headerRefused = await storage.SendAsync(withHeader);
        using var queryRefused = await storage.GetAsync($"{location}&token={Uri.EscapeDataString(env.Session.Token)}");
        using var tampered = await storage.GetAsync(location.ToString().Replace("X-Signature=", "X-Signature=0", StringComparison.Ordinal));
        var ciphertext = await storage.GetByteArrayAsync(location);

        Assert.Equal(HttpStatusCode.Forbidden, headerRefused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, queryRefused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal(entry.Info!.FileSize, ciphertext.Length);
        var fileKey = ClientCrypto.FileKey(entry, ClientCrypto.CollectionKey(collection, env.Session));
        Assert.Equal(content, await ClientCrypto.DecryptFileAsync(ciphertext, entry, fileKey));
    }

    [Fact]
    public async Task Query_token_download_and_range_requests_work_and_preview_serves_the_thumbnail()
    {
        await using var env = await LoggedInServer.StartAsync();
        var album = env.User.CreateAlbum("Preview");
        var fileId = await env.User.UploadAsync(album, Uploads.Image("y.jpg"));
        var collection = await env.CollectionAsync(album);
        var entry = (await env.DiffPagesAsync(album)).SelectMany(p => p.Diff).Single();
        using var anonymous = new TestClient(env.Server.BaseUrl);

        using var redirect = await anonymous.GetAsync($"/files/preview/{fileId}?token={Uri.EscapeDataString(env.Session.Token)}");
        using var storage = new HttpClient();
        var thumbnail = await storage.GetByteArrayAsync(redirect.Headers.Location);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location);
        ranged.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 9);
        using var partial = await storage.SendAsync(ranged);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(thumbnail[..10], await partial.Content.ReadAsByteArrayAsync());
        var fileKey = ClientCrypto.FileKey(entry, ClientCrypto.CollectionKey(collection, env.Session));
        var jpeg = Blob.Decrypt(thumbnail, EnteBase64.Decode(entry.Thumbnail!.DecryptionHeader), fileKey);
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
    }

    [Fact]
    public async Task Another_users_file_is_403_until_shared_and_unknown_is_404()
    {
        await using var env = await LoggedInServer.StartAsync();
        await env.Server.CreateAccountAsync(TestServer.Account("friend@example.com"));
        var friend = env.Server.User("friend@example.com");
        var friendAlbum = friend.CreateAlbum("Friend's");
        var fileId = await friend.UploadAsync(friendAlbum, Uploads.Image("f.jpg"));

        using var before = await env.Client.GetAsync($"/files/download/{fileId}");
        friend.ShareAlbum(friendAlbum, LoggedInServer.Email);
        using var after = await env.Client.GetAsync($"/files/download/{fileId}");
        using var unknown = await env.Client.GetAsync("/files/download/12345");

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
