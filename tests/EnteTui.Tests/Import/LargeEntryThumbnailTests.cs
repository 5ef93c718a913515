using EnteTui.Core.Media;
using EnteTui.Core.Tests.Media;
using EnteTui.Fixtures;
using EnteTui.Tests.Account;

namespace EnteTui.Tests.Import;

/// <summary>
/// Large entries are never held whole and still get thumbnails of their own pixels: a video above
/// 16 MiB inside a `.tgz` part goes up in its one forward-only read and is thumbnailed from the copy
/// spooled meanwhile; a photo above 4 MiB in a zip part is hashed and thumbnailed in one read, then
/// encrypted in a second.
/// </summary>
public sealed class LargeEntryThumbnailTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>, IDisposable
{
    private const string Title = "VID_20240101_120000.mp4";
    private const string PhotoTitle = "PXL_20240101_120000000.jpg";

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("import-large-entry-");

    public void Dispose() => work.Delete(recursive: true);

    [SkippableFact]
    public async Task A_video_above_16_MiB_in_a_tgz_part_gets_a_thumbnail_of_its_frames()
    {
        Skip.IfNot(FfmpegClips.Available, FfmpegClips.SkipReason);
        var clip = Path.Combine(work.FullName, "noise.mp4");
        FfmpegClips.Run(["-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=3", "-vf", "noise=alls=100:allf=t", "-c:v", "mpeg4", "-q:v", "1", "-pix_fmt", "yuv420p", "-f", "mp4", clip]);
        var video = File.ReadAllBytes(clip);
        Assert.True(video.Length > 16 << 20, $"the clip is only {video.Length} bytes");

        var (content, thumbnail) = await ImportAloneAsync(Title, video, "tgz");

        Assert.Equal(video, content);
        Assert.NotEqual(Thumbnailer.FallbackJpeg, thumbnail);
        ThumbnailChecks.AssertPicture(thumbnail);
    }

    [Fact]
    public async Task A_photo_above_4_MiB_in_a_zip_part_goes_up_whole_with_a_thumbnail_of_its_pixels()
    {
        var jpeg = MediaFactory.NoiseJpeg(3200, 2400, 11);
        Assert.True(jpeg.Length > 4 << 20, $"the photo is only {jpeg.Length} bytes");

        var (content, thumbnail) = await ImportAloneAsync(PhotoTitle, jpeg, "zip");

        Assert.Equal(jpeg, content);
        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.True(ThumbnailChecks.Difference(thumbnail, jpeg) < 8, "the thumbnail is not the photo");
    }

    /// <summary>Imports one entry (with its sidecar) from a takeout written as <paramref name="format"/> parts into a fresh account; returns the one file's content and its thumbnail.</summary>
    private async Task<(byte[] Content, byte[] Thumbnail)> ImportAloneAsync(string title, byte[] bytes, string format)
    {
        var parts = new TakeoutBuilder()
            .Add("Photos from 2024/" + title, bytes)
            .AddSidecar("Photos from 2024/" + title + ".json", new SidecarSpec(title))
            .Write(Path.Combine(work.FullName, "parts"), format);
        var (cli, email) = await fixture.LoggedInCliAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        using var reader = new AccountReader(cli.Home, email);
        var file = Assert.Single(await reader.FilesAsync());
        return (file.Content, await reader.ThumbnailAsync(title));
    }
}
