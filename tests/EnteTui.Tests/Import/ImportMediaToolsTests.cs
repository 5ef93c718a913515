using EnteTui.Core.Media;
using EnteTui.Fixtures;
using EnteTui.Tests.Account;

namespace EnteTui.Tests.Import;

/// <summary>Real media through `takeout import`: types from the bytes, and the one warning when ffmpeg is missing.</summary>
public sealed class ImportMediaToolsTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>, IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("import-media-");

    public void Dispose() => work.Delete(recursive: true);

    private IReadOnlyList<string> Takeout()
    {
        var clip = FfmpegClips.Make(Path.Combine(work.FullName, "clip.mp4"));
        return new TakeoutBuilder()
            .Add("Photos from 2024/PXL_20240101_120000000.MP", File.ReadAllBytes(clip))
            .Add("Photos from 2024/IMG_0001.HEIC", MediaFactory.Jpeg(900, 600, 1))
            .Add("Photos from 2024/IMG_0002.HEIC", MediaFactory.Heic())
            .Write(Path.Combine(work.FullName, "parts"), "zip");
    }

    [SkippableFact]
    public async Task Bytes_decide_the_type_a_motion_video_named_mp_is_a_video_and_a_jpeg_named_heic_a_photo()
    {
        Skip.IfNot(FfmpegClips.Available, FfmpegClips.SkipReason);
        var parts = Takeout();
        var (cli, email) = await fixture.LoggedInCliAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.DoesNotContain("ffmpeg", run.Error, StringComparison.Ordinal);
        using var reader = new AccountReader(cli.Home, email);
        var types = (await reader.FilesAsync()).ToDictionary(f => f.Title, f => f.FileType);
        Assert.Equal(1, types["PXL_20240101_120000000.MP"]);
        Assert.Equal(0, types["IMG_0001.HEIC"]);
        Assert.Equal(0, types["IMG_0002.HEIC"]);
    }

    [SkippableFact]
    public async Task Without_ffmpeg_the_import_still_runs_and_warns_once_naming_the_package()
    {
        Skip.IfNot(FfmpegClips.Available, FfmpegClips.SkipReason + " (needed to make the clip)");
        var parts = Takeout();
        var (cli, _) = await fixture.LoggedInCliAsync();
        using var __ = cli;
        cli.WithVariable(MediaToolOptions.FolderVariable, work.CreateSubdirectory("empty").FullName);

        var run = await cli.RunAsync(["takeout", "import", .. parts]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        var warnings = run.Error.Split('\n').Where(l => l.Contains("ffmpeg", StringComparison.Ordinal)).ToList();
        Assert.Equal(["warning: " + FfmpegTools.MissingWarning], warnings.Select(l => l.TrimEnd('\r')));
        Assert.Contains("apt-get install ffmpeg", FfmpegTools.MissingWarning, StringComparison.Ordinal);
    }
}
