using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Seeding;

public sealed class BulkUploadTests
{
    [Fact]
    public async Task Many_files_seeded_at_once_reach_the_client_like_single_uploads()
    {
        await using var env = await LoggedInServer.StartAsync();
        var album = env.User.CreateAlbum("Bulk");
        var media = Enumerable.Range(0, 1_001).Select(i => Uploads.Image($"bulk_{i:0000}.jpg")).ToList();

        var ids = await env.User.UploadManyAsync(album, media);
        var diff = (await env.DiffPagesAsync(album)).SelectMany(p => p.Diff).ToList();
        var collectionKey = ClientCrypto.CollectionKey(await env.CollectionAsync(album), env.Session);

        Assert.Equal(1_001, ids.Distinct().Count());
        Assert.Equal(ids.Order(), diff.Select(f => f.Id).Order());
        Assert.Equal(diff.Count, diff.Select(f => f.UpdationTime).Distinct().Count());
        var byId = diff.ToDictionary(f => f.Id);
        foreach (var index in new[] { 0, 499, 500, 1_000 })
        {
            var file = byId[ids[index]];
            var fileKey = ClientCrypto.FileKey(file, collectionKey);
            Assert.Equal($"bulk_{index:0000}.jpg", (string?)ClientCrypto.Metadata(file, fileKey)["title"]);
            var plain = await ClientCrypto.DecryptFileAsync(await env.DownloadAsync($"/files/download/{file.Id}"), file, fileKey);
            await using var expected = media[index].OpenContent();
            Assert.Equal(((MemoryStream)expected).ToArray(), plain);
        }
    }
}
