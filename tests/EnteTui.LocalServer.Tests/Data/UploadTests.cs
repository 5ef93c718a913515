using System.Net;
using System.Text;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Data;

public sealed class UploadTests
{
    [Fact]
    public async Task Upload_then_post_files_appears_in_the_diff_and_a_retry_returns_the_same_file()
    {
        await using var env = await LoggedInServer.StartAsync();
        var (collection, key) = await CreateAlbumAsync(env, "Uploads");
        var content = TestMedia.Jpeg(200, 100);
        var request = await HttpUploader.PrepareAsync(env.Client, collection.Id, key, content, "photo.jpg");

        var created = await env.Client.PostJsonAsync<CreateFileRequest, EnteFile>("/files", request);
        var retried = await env.Client.PostJsonAsync<CreateFileRequest, EnteFile>("/files", request);

        Assert.Equal(created.Id, retried.Id);
        Assert.Equal(env.Session.UserId, created.OwnerId);
        Assert.Equal(request.File.ObjectKey, created.File!.ObjectKey);
        Assert.Equal(request.File.Size, created.Info!.FileSize);
        var diff = (await env.DiffPagesAsync(collection.Id)).SelectMany(p => p.Diff).ToList();
        var entry = Assert.Single(diff);
        Assert.Equal(created.Id, entry.Id);
        Assert.Null(entry.File!.ObjectKey);
        Assert.Equal(0, entry.File.Size);
        Assert.Equal("photo.jpg", (string?)ClientCrypto.Metadata(entry, ClientCrypto.FileKey(entry, key))["title"]);
        Assert.True((await env.CollectionAsync(collection.Id)).UpdationTime >= entry.UpdationTime);
    }

    [Fact]
    public async Task Post_files_checks_object_keys_sizes_and_ownership()
    {
        await using var env = await LoggedInServer.StartAsync();
        var (collection, key) = await CreateAlbumAsync(env, "Checks");
        var request = await HttpUploader.PrepareAsync(env.Client, collection.Id, key, TestMedia.Jpeg(), "a.jpg");

        using var sameKeys = await env.Client.PostAsync("/files", Copy(request, r => r.Thumbnail.ObjectKey = r.File.ObjectKey));
        using var foreignKey = await env.Client.PostAsync("/files", Copy(request, r => r.File.ObjectKey = "1/" + Guid.NewGuid()));
        using var wrongSize = await env.Client.PostAsync("/files", Copy(request, r => r.File.Size += 1));
        using var missingObject = await env.Client.PostAsync("/files", Copy(request, r => r.File.ObjectKey = $"{env.Session.UserId}/{Guid.NewGuid()}"));
        using var noHeader = await env.Client.PostAsync("/files", Copy(request, r => r.File.DecryptionHeader = ""));
        using var unknownCollection = await env.Client.PostAsync("/files", Copy(request, r => r.CollectionId = 42));

        Assert.Equal(HttpStatusCode.BadRequest, sameKeys.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreignKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongSize.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, missingObject.StatusCode);
        Assert.Contains("OBJECT_SIZE_FETCH_FAILED", await missingObject.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCollection.StatusCode);
    }

    [Fact]
    public async Task Multipart_upload_joins_parts_in_part_number_order()
    {
        await using var env = await LoggedInServer.StartAsync();
        var multipart = (await env.Client.GetJsonAsync<MultipartUploadUrlsResponse>("/files/multipart-upload-urls?count=2")).Urls!;
        using var storage = new HttpClient();
        var parts = new[] { new byte[] { 1, 2, 3 }, new byte[] { 4, 5 } };
        var etags = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            using var put = await storage.PutAsync(multipart.PartUrls[i], new ByteArrayContent(parts[i]));
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            etags.Add(put.Headers.ETag!.Tag);
        }

        var xml = $"<CompleteMultipartUpload><Part><PartNumber>2</PartNumber><ETag>{etags[1]}</ETag></Part><Part><PartNumber>1</PartNumber><ETag>{etags[0]}</ETag></Part></CompleteMultipartUpload>";
        using var complete = await storage.PostAsync(multipart.CompleteUrl, new StringContent(xml, Encoding.UTF8, "text/xml"));
        using var badEtag = await storage.PostAsync(multipart.CompleteUrl, new StringContent(xml.Replace(etags[0], "\"0\"", StringComparison.Ordinal), Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badEtag.StatusCode);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, await File.ReadAllBytesAsync(Path.Combine(env.Server.DataDirectory, "objects", multipart.ObjectKey)));
    }

    [Fact]
    public async Task Upload_urls_cap_at_50_and_zero_gives_none()
    {
        await using var env = await LoggedInServer.StartAsync();

        var many = await env.Client.GetJsonAsync<UploadUrlsResponse>("/files/upload-urls?count=80");
        var none = await env.Client.GetJsonAsync<UploadUrlsResponse>("/files/upload-urls");

        Assert.Equal(50, many.Urls.Count);
        Assert.All(many.Urls, u => Assert.StartsWith($"{env.Session.UserId}/", u.ObjectKey, StringComparison.Ordinal));
        Assert.Empty(none.Urls);
    }

    [Fact]
    public async Task Storage_quota_gives_426_on_upload_urls_and_post_files()
    {
        await using var env = await LoggedInServer.StartAsync(new LocalServerOptions { StorageQuotaBytes = 10_000 });
        var (collection, key) = await CreateAlbumAsync(env, "Full");
        var request = await HttpUploader.PrepareAsync(env.Client, collection.Id, key, RandomBytes(20_000), "big.bin");

        using var tooBig = await env.Client.PostAsync("/files", request);
        env.Server.StorageQuotaBytes = 40_000;
        using var fits = await env.Client.PostAsync("/files", request);
        env.Server.StorageQuotaBytes = 20_000;
        using var full = await env.Client.GetAsync("/files/upload-urls?count=1");

        Assert.Equal(HttpStatusCode.UpgradeRequired, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Equal(HttpStatusCode.UpgradeRequired, full.StatusCode);
    }

    internal static async Task<(Collection Collection, byte[] Key)> CreateAlbumAsync(LoggedInServer env, string name, string type = "album")
    {
        var key = CryptoRandom.NewKey();
        var wrapped = SecretBox.Encrypt(key, env.Session.MasterKey);
        var encryptedName = SecretBox.Encrypt(Encoding.UTF8.GetBytes(name), key);
        var response = await env.Client.PostJsonAsync<CreateCollectionRequest, CollectionResponse>("/collections", new CreateCollectionRequest
        {
            EncryptedKey = EnteBase64.Encode(wrapped.Ciphertext),
            KeyDecryptionNonce = EnteBase64.Encode(wrapped.Nonce),
            EncryptedName = EnteBase64.Encode(encryptedName.Ciphertext),
            NameDecryptionNonce = EnteBase64.Encode(encryptedName.Nonce),
            Type = type,
        });
        return (response.Collection!, key);
    }

    private static byte[] RandomBytes(int length) => TestMedia.FakeVideo(length);

    private static CreateFileRequest Copy(CreateFileRequest request, Action<CreateFileRequest> change)
    {
        var copy = System.Text.Json.JsonSerializer.Deserialize<CreateFileRequest>(System.Text.Json.JsonSerializer.Serialize(request, EnteJson.Options), EnteJson.Options)!;
        change(copy);
        return copy;
    }
}
