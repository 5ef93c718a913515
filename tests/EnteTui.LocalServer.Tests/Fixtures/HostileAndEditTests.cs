using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Fixtures;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Fixtures;

public sealed class HostileAndEditTests
{
    [Fact]
    public async Task Replaced_content_keeps_id_and_key_and_moves_the_row_forward()
    {
        await using var env = await LoggedInServer.StartAsync();
        var album = env.User.CreateAlbum("Edits");
        var fileId = await env.User.UploadAsync(album, Uploads.Image("v1.jpg", shade: 10));
        var before = (await env.DiffPagesAsync(album)).SelectMany(p => p.Diff).Single();
        var newContent = TestMedia.Jpeg(80, 80, shade: 200);

        await env.User.ReplaceContentAsync(fileId, Uploads.Image("v2.jpg") with { OpenContent = () => new MemoryStream(newContent), Hash = ContentHash.Compute(newContent) });
        var after = (await env.DiffPagesAsync(album, before.UpdationTime)).SelectMany(p => p.Diff).Single();
        var collection = await env.CollectionAsync(album);
        var key = ClientCrypto.FileKey(after, ClientCrypto.CollectionKey(collection, env.Session));

        Assert.Equal(fileId, after.Id);
        Assert.Equal(before.EncryptedKey, after.EncryptedKey);
        Assert.True(after.UpdationTime > before.UpdationTime);
        Assert.Equal("v2.jpg", (string?)ClientCrypto.Metadata(after, key)["title"]);
        Assert.Equal(newContent, await ClientCrypto.DecryptFileAsync(await env.DownloadAsync($"/files/download/{fileId}"), after, key));
    }

    [Theory]
    [InlineData(FileCorruption.TruncateFile)]
    [InlineData(FileCorruption.ExtendFile)]
    [InlineData(FileCorruption.FlipFileByte)]
    public async Task Corrupted_objects_no_longer_decrypt(FileCorruption corruption)
    {
        await using var env = await LoggedInServer.StartAsync();
        var album = env.User.CreateAlbum("Broken");
        var fileId = await env.User.UploadAsync(album, Uploads.Image("b.jpg"));
        var entry = (await env.DiffPagesAsync(album)).SelectMany(p => p.Diff).Single();
        var key = ClientCrypto.FileKey(entry, ClientCrypto.CollectionKey(await env.CollectionAsync(album), env.Session));

        env.Server.CorruptFile(fileId, corruption);

        var ciphertext = await env.DownloadAsync($"/files/download/{fileId}");
        var sameLength = entry.Info!.FileSize == ciphertext.Length;
        Assert.Equal(corruption == FileCorruption.FlipFileByte, sameLength);
        await Assert.ThrowsAsync<CryptoException>(() => ClientCrypto.DecryptFileAsync(ciphertext, entry, key));
    }

    [Fact]
    public async Task Garbled_metadata_and_wrong_key_length_reach_the_client_in_the_next_diff()
    {
        await using var env = await LoggedInServer.StartAsync();
        var album = env.User.CreateAlbum("Hostile");
        var garbled = await env.User.UploadAsync(album, Uploads.Image("g.jpg"));
        var shortKey = await env.User.UploadAsync(album, Uploads.Image("k.jpg"));
        var since = (await env.DiffPagesAsync(album)).SelectMany(p => p.Diff).Max(f => f.UpdationTime);

        env.Server.CorruptFile(garbled, FileCorruption.GarbleMetadata);
        env.Server.CorruptFile(shortKey, FileCorruption.WrongKeyLength);
        var changed = (await env.DiffPagesAsync(album, since)).SelectMany(p => p.Diff).ToDictionary(f => f.Id);
        var collectionKey = ClientCrypto.CollectionKey(await env.CollectionAsync(album), env.Session);

        Assert.Throws<CryptoException>(() => ClientCrypto.Metadata(changed[garbled], ClientCrypto.FileKey(changed[garbled], collectionKey)));
        Assert.Equal(47, EnteBase64.Decode(changed[shortKey].EncryptedKey!).Length);
    }

    [Fact]
    public async Task Blob_host_option_redirects_to_another_host_name()
    {
        await using var env = await LoggedInServer.StartAsync(new LocalServerOptions { BlobHost = "localhost" });
        var album = env.User.CreateAlbum("Elsewhere");
        var fileId = await env.User.UploadAsync(album, Uploads.Image("e.jpg"));

        using var redirect = await env.Client.GetAsync($"/files/download/{fileId}");
        var urls = await env.Client.GetJsonAsync<UploadUrlsResponse>("/files/upload-urls?count=1");
        using var storage = new HttpClient();
        var bytes = await storage.GetByteArrayAsync(redirect.Headers.Location);

        Assert.Equal("localhost", redirect.Headers.Location!.Host);
        Assert.Equal("localhost", new Uri(urls.Urls[0].Url).Host);
        Assert.NotEmpty(bytes);
    }

    [Fact]
    public async Task Seeding_makes_the_default_hidden_collection_and_legacy_named_albums()
    {
        using var temp = new TempDirectory();
        TestMedia.Write(temp.Combine("seed", ".hidden"), "h.jpg", TestMedia.Jpeg());
        TestMedia.Write(temp.Combine("seed", "Old"), ".legacy-name", []);
        TestMedia.Write(temp.Combine("seed", "Old"), "o.jpg", TestMedia.Jpeg());
        await using var env = await LoggedInServer.StartAsync();

        await env.Server.SeedAsync(temp.Combine("seed"), TestServer.Account(LoggedInServer.Email));
        var collections = (await env.Client.GetJsonAsync<CollectionsResponse>("/collections/v2?sinceTime=0")).Collections;

        var hidden = collections.Single(c => c.EncryptedName is not null);
        var hiddenKey = ClientCrypto.CollectionKey(hidden, env.Session);
        Assert.Equal(".hidden", ClientCrypto.Name(hidden, hiddenKey));
        var values = ClientCrypto.MagicMetadata(hidden.MagicMetadata!, hiddenKey);
        Assert.Equal(1, (int?)values["subType"]);
        Assert.Equal(2, (int?)values["visibility"]);
        var legacy = collections.Single(c => c.EncryptedName is null);
        Assert.Equal("Old", legacy.Name);
    }
}
