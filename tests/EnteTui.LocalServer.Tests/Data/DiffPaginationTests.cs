using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Data;

public sealed class DiffPaginationTests
{
    [Fact]
    public async Task Small_page_limit_gives_several_pages_with_hasMore_until_the_end()
    {
        await using var env = await LoggedInServer.StartAsync(new LocalServerOptions { DiffPageLimit = 2 });
        var album = env.User.CreateAlbum("Trip");
        for (var i = 0; i < 5; i++)
        {
            await env.User.UploadAsync(album, Uploads.Image($"IMG_{i}.jpg", (byte)(i * 40)));
        }

        var pages = await env.DiffPagesAsync(album);

        Assert.Equal([2, 2, 1], pages.Select(p => p.Diff.Count));
        Assert.Equal([true, true, false], pages.Select(p => p.HasMore));
        var all = pages.SelectMany(p => p.Diff).ToList();
        Assert.Equal(5, all.Select(f => f.Id).Distinct().Count());
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.UpdationTime < p.Second.UpdationTime));
        var collection = await env.CollectionAsync(album);
        Assert.True(collection.UpdationTime >= all.Max(f => f.UpdationTime));
    }

    [Fact]
    public async Task A_timestamp_is_never_split_across_pages()
    {
        await using var env = await LoggedInServer.StartAsync(new LocalServerOptions { DiffPageLimit = 2 });
        var source = env.User.CreateAlbum("Source");
        var target = env.User.CreateAlbum("Target");
        await env.User.UploadAsync(target, Uploads.Image("first.jpg"));
        var shared = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            shared.Add(await env.User.UploadAsync(source, Uploads.Image($"batch_{i}.jpg", (byte)(i * 50))));
        }

        await AddAllInOneRequestAsync(env, source, target, shared);
        await env.User.UploadAsync(target, Uploads.Image("last.jpg"));

        var pages = await env.DiffPagesAsync(target);

        Assert.Equal([1, 3, 1], pages.Select(p => p.Diff.Count));
        Assert.Equal([true, true, false], pages.Select(p => p.HasMore));
        Assert.Single(pages[1].Diff.Select(f => f.UpdationTime).Distinct());
        Assert.Equal(shared.Order(), pages[1].Diff.Select(f => f.Id).Order());
    }

    private static async Task AddAllInOneRequestAsync(LoggedInServer env, long from, long to, List<long> fileIds)
    {
        var source = await env.CollectionAsync(from);
        var target = await env.CollectionAsync(to);
        var sourceKey = ClientCrypto.CollectionKey(source, env.Session);
        var targetKey = ClientCrypto.CollectionKey(target, env.Session);
        var diff = (await env.DiffPagesAsync(from)).SelectMany(p => p.Diff).ToList();
        var items = diff.Where(f => fileIds.Contains(f.Id)).Select(f =>
        {
            var wrapped = EnteTui.Core.Crypto.SecretBox.Encrypt(ClientCrypto.FileKey(f, sourceKey), targetKey);
            return new EnteTui.Core.Api.Wire.CollectionFileItem
            {
                Id = f.Id,
                EncryptedKey = EnteTui.Core.Crypto.EnteBase64.Encode(wrapped.Ciphertext),
                KeyDecryptionNonce = EnteTui.Core.Crypto.EnteBase64.Encode(wrapped.Nonce),
            };
        }).ToList();
        using var response = await env.Client.PostAsync("/collections/add-files", new EnteTui.Core.Api.Wire.AddFilesRequest { CollectionId = to, Files = items });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
