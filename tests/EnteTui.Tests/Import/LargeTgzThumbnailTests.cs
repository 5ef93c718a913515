using EnteTui.Core.Media;
using EnteTui.Core.Tests.Media;
using EnteTui.Fixtures;
using EnteTui.Tests.Account;

namespace EnteTui.Tests.Import;

/// <summary>
/// A video above 16 MiB inside a `.tgz` part goes up in its one forward-only read; its thumbnail
/// is made from the copy spooled meanwhile, not Ente's black fallback.
/// </summary>
public sealed class LargeTgzThumbnailTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>, IDisposable
{
    private const string Title = "VID_20240101_120000.mp4";

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("import-large-tgz-");

    public void Dispose() => work.Delete(recursive: true);

    [SkippableFact]
    public async Task A_video_above_16_MiB_in_a_tgz_part_gets_a_thumbnail_of_its_frames()
    {
        Skip.IfNot(FfmpegClips.Available, FfmpegClips.SkipReason);
        var clip = Path.Combine(work.FullName, "noise.mp4");
        FfmpegClips.Run(["-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=3", "-vf", "noise=alls=100:allf=t", "-c:v", "mpeg4", "-q:v", "1", "-pix_fmt", "yuv420p", "-f", "mp4", clip]);
        var video = File.ReadAllBytes(clip);
        Assert.True(video.Length > 16 << 20, $"the clip is only {video.Length} bytes");
        var parts = new TakeoutBuilder()
            .Add("Photos from 2024/" + Title, video)
            .AddSidecar("Photos from 2024/" + Title + ".json", new SidecarSpec(Title))
            .Write(Path.Combine(work.FullName, "parts"), "tgz");
        var (cli, email) = await fixture.LoggedInCliAsync();

        var run = await cli.RunAsync(["takeout", "import", .. parts]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        using var reader = new AccountReader(cli.Home, email);
        var file = Assert.Single(await reader.FilesAsync());
        Assert.Equal(video, file.Content);
        var thumbnail = await reader.ThumbnailAsync(Title);
        Assert.NotEqual(Thumbnailer.FallbackJpeg, thumbnail);
        ThumbnailChecks.AssertPicture(new MediaThumbnail(thumbnail, IsStatic: false, null, null));
    }
}
