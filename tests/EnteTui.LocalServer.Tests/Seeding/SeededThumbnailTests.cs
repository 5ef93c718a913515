using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;
using EnteTui.Fixtures;
using EnteTui.LocalServer.Tests.Support;
using ImageMagick;

namespace EnteTui.LocalServer.Tests.Seeding;

/// <summary>Seeding uses the import's thumbnailer: real thumbnails, `w`/`h` and durations for HEIC and video.</summary>
public sealed class SeededThumbnailTests
{
    [SkippableFact]
    public async Task Seeded_heic_and_video_get_real_thumbnails_sizes_and_a_duration()
    {
        Skip.IfNot(FfmpegClips.Available, FfmpegClips.SkipReason);
        using var temp = new TempDirectory();
        var seed = temp.Combine("seed");
        var album = Path.Combine(seed, "Phone");
        TestMedia.Write(album, "IMG_0001.HEIC", MediaFactory.Heic());
        TestMedia.Write(album, "IMG_0002.HEIC", MediaFactory.Jpeg(900, 600, 3));
        FfmpegClips.Make(Path.Combine(album, "clip.mov"));

        await using var env = await LoggedInServer.StartAsync();
        await env.Server.SeedAsync(seed, TestServer.Account(LoggedInServer.Email));

        var collections = (await env.Client.GetJsonAsync<CollectionsResponse>("/collections/v2?sinceTime=0")).Collections;
        var phone = collections.Single(c => ClientCrypto.Name(c, ClientCrypto.CollectionKey(c, env.Session)) == "Phone");
        var albumKey = ClientCrypto.CollectionKey(phone, env.Session);
        var seen = new Dictionary<string, (int W, int H, int? Duration)>();
        foreach (var file in (await env.DiffPagesAsync(phone.Id)).SelectMany(p => p.Diff))
        {
            var key = ClientCrypto.FileKey(file, albumKey);
            var metadata = ClientCrypto.Metadata(file, key);
            Assert.Null(metadata["hasStaticThumbnail"]);
            var magic = ClientCrypto.MagicMetadata(file.PubMagicMetadata!, key);
            seen[(string)metadata["title"]!] = ((int)magic["w"]!, (int)magic["h"]!, (int?)metadata["duration"]);

            var jpeg = Blob.Decrypt(await env.DownloadAsync($"/files/preview/{file.Id}"), EnteBase64.Decode(file.Thumbnail!.DecryptionHeader), key);
            using var thumbnail = new MagickImage(jpeg);
            Assert.Equal(MagickFormat.Jpeg, thumbnail.Format);
            Assert.Equal(720u, Math.Max(thumbnail.Width, thumbnail.Height));
            Assert.True(thumbnail.Statistics().Composite().StandardDeviation > 3, "a flat thumbnail");
        }

        Assert.Equal((320, 240, (int?)null), seen["IMG_0001.HEIC"]);
        Assert.Equal((900, 600, (int?)null), seen["IMG_0002.HEIC"]);
        Assert.Equal((480, 270, (int?)3), seen["clip.mov"]);
    }
}
