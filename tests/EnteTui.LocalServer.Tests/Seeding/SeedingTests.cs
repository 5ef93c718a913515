using System.IO.Compression;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Tests.Support;

namespace EnteTui.LocalServer.Tests.Seeding;

public sealed class SeedingTests
{
    [Fact]
    public async Task Seeded_folder_tree_decrypts_byte_for_byte_with_dates_thumbnails_and_live_photos()
    {
        using var temp = new TempDirectory();
        var seed = temp.Combine("seed");
        var album = Path.Combine(seed, "Été à Paris 🗼");
        var exifJpeg = TestMedia.JpegWithExifDate(new DateTime(2019, 7, 14, 12, 30, 0), "+02:00", 1600, 900);
        TestMedia.Write(album, "IMG_0001.JPG", exifJpeg);
        var videoMtime = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var video = TestMedia.FakeVideo(5_000_000);
        TestMedia.Write(album, "clip.mp4", video, videoMtime);
        var stillBytes = TestMedia.JpegWithExifDate(new DateTime(2021, 5, 6, 7, 8, 9));
        TestMedia.Write(album, "LIVE.HEIC", stillBytes);
        TestMedia.Write(album, "LIVE.MOV", TestMedia.FakeVideo(3000, seed: 9));
        TestMedia.Write(album, "notes.txt", "not media"u8.ToArray());
        TestMedia.Write(seed, "loose.png", TestMedia.Jpeg());
        TestMedia.Write(Path.Combine(seed, "Secret"), ".hidden", []);
        TestMedia.Write(Path.Combine(seed, "Secret"), "s.jpg", TestMedia.Jpeg());
        TestMedia.Write(Path.Combine(seed, "shared-by-friend@example.com", "Their trip"), "t.jpg", TestMedia.Jpeg(shade: 10));

        await using var env = await LoggedInServer.StartAsync();
        var result = await env.Server.SeedAsync(seed, TestServer.Account(LoggedInServer.Email));

        Assert.Equal(["Uncategorized", "Secret", "Their trip", "Été à Paris 🗼"], result.Albums.Select(a => a.Name));
        Assert.Contains(result.Skipped, p => p.EndsWith("notes.txt", StringComparison.Ordinal));
        var collections = (await env.Client.GetJsonAsync<CollectionsResponse>("/collections/v2?sinceTime=0")).Collections;
        var byName = collections.ToDictionary(c => ClientCrypto.Name(c, ClientCrypto.CollectionKey(c, env.Session)));
        Assert.Equal("uncategorized", byName["Uncategorized"].Type);
        Assert.NotEqual(env.Session.UserId, byName["Their trip"].Owner.Id);
        var hidden = byName["Secret"];
        Assert.Equal(2, (int?)ClientCrypto.MagicMetadata(hidden.MagicMetadata!, ClientCrypto.CollectionKey(hidden, env.Session))["visibility"]);

        var paris = byName["Été à Paris 🗼"];
        var parisKey = ClientCrypto.CollectionKey(paris, env.Session);
        var files = (await env.DiffPagesAsync(paris.Id)).SelectMany(p => p.Diff).ToList();
        Assert.Equal(3, files.Count);
        var decoded = new Dictionary<string, (EnteFile File, byte[] Key, System.Text.Json.Nodes.JsonObject Metadata)>();
        foreach (var file in files)
        {
            var key = ClientCrypto.FileKey(file, parisKey);
            var metadata = ClientCrypto.Metadata(file, key);
            decoded[(string)metadata["title"]!] = (file, key, metadata);
            var thumbnail = await env.DownloadAsync($"/files/preview/{file.Id}");
            var jpeg = Blob.Decrypt(thumbnail, EnteBase64.Decode(file.Thumbnail!.DecryptionHeader), key);
            Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        }

        var photo = decoded["IMG_0001.JPG"];
        Assert.Equal(0, (int)photo.Metadata["fileType"]!);
        Assert.Equal(new DateTimeOffset(2019, 7, 14, 10, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1000, (long)photo.Metadata["creationTime"]!);
        Assert.Equal(ContentHash.Compute(exifJpeg), (string)photo.Metadata["hash"]!);
        Assert.Equal(exifJpeg, await ContentAsync(env, photo.File, photo.Key));
        var photoThumb = Blob.Decrypt(await env.DownloadAsync($"/files/preview/{photo.File.Id}"), EnteBase64.Decode(photo.File.Thumbnail!.DecryptionHeader), photo.Key);
        using (var bitmap = SkiaSharp.SKBitmap.Decode(photoThumb))
        {
            Assert.Equal(720, Math.Max(bitmap.Width, bitmap.Height));
        }

        var clip = decoded["clip.mp4"];
        Assert.Equal(1, (int)clip.Metadata["fileType"]!);
        Assert.True((bool)clip.Metadata["hasStaticThumbnail"]!);
        Assert.Equal(new DateTimeOffset(videoMtime).ToUnixTimeMilliseconds() * 1000, (long)clip.Metadata["creationTime"]!);
        Assert.Equal(video, await ContentAsync(env, clip.File, clip.Key));

        var live = decoded["LIVE.HEIC"];
        Assert.Equal(2, (int)live.Metadata["fileType"]!);
        Assert.Equal($"{ContentHash.Compute(stillBytes)}:{ContentHash.Compute(TestMedia.FakeVideo(3000, seed: 9))}", (string)live.Metadata["hash"]!);
        using var zip = new ZipArchive(new MemoryStream(await ContentAsync(env, live.File, live.Key)));
        Assert.Equal(["image.heic", "video.mov"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    private static async Task<byte[]> ContentAsync(LoggedInServer env, EnteFile file, byte[] key) =>
        await ClientCrypto.DecryptFileAsync(await env.DownloadAsync($"/files/download/{file.Id}"), file, key);
}
