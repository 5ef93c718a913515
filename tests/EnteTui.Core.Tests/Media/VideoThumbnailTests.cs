using EnteTui.Core.Import.Media;
using EnteTui.Core.Media;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Media;

public sealed class VideoThumbnailTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("video-thumbnails-");
    private readonly Thumbnailer thumbnailer = new(new FfmpegTools(MediaToolOptions.FromPath));

    public void Dispose() => work.Delete(recursive: true);

    private string Clip(string extension) => FfmpegClips.Make(Path.Combine(work.FullName, "clip" + extension));

    private void SkipWithoutFfmpeg() => Skip.IfNot(thumbnailer.Ffmpeg.Available, FfmpegClips.SkipReason);

    [SkippableTheory]
    [InlineData(".mp4")]
    [InlineData(".mov")]
    [InlineData(".m4v")]
    [InlineData(".3gp")]
    [InlineData(".mkv")]
    [InlineData(".webm")]
    [InlineData(".avi")]
    [InlineData(".mpg")]
    [InlineData(".ts")]
    public async Task A_frame_near_the_start_is_the_thumbnail_with_size_and_duration(string extension)
    {
        SkipWithoutFfmpeg();
        var clip = Clip(extension);

        var thumbnail = await thumbnailer.FromFileAsync(clip, CancellationToken.None);

        Assert.Equal((720u, 405u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.Equal((480, 270), (thumbnail.SourceWidth, thumbnail.SourceHeight));
        Assert.InRange(thumbnail.DurationSeconds!.Value, 2.9, 3.1);
        var own = ThumbnailChecks.Difference(thumbnail.Jpeg, FfmpegClips.FrameAt(clip, 1));
        var later = ThumbnailChecks.Difference(thumbnail.Jpeg, FfmpegClips.FrameAt(clip, 2.5));
        Assert.True(own < 8 && own < later, $"difference to its own frame at 1 s {own:0.0}, to the frame at 2.5 s {later:0.0}");
    }

    [SkippableFact]
    public async Task A_video_named_mp_is_a_video_by_its_bytes()
    {
        SkipWithoutFfmpeg();
        var clip = Clip(".mp4");
        var motion = Path.Combine(work.FullName, "PXL_20240101_120000000.MP");
        File.Move(clip, motion);
        var head = File.ReadAllBytes(motion).AsSpan(0, MediaSniffer.HeadLength);

        Assert.Equal(EnteFileType.Video, MediaKinds.Classify(motion, head));
        var thumbnail = await thumbnailer.FromFileAsync(motion, CancellationToken.None);
        ThumbnailChecks.AssertPicture(thumbnail);
    }

    [SkippableFact]
    public async Task A_rotated_phone_video_reports_its_displayed_size()
    {
        SkipWithoutFfmpeg();
        var upright = Clip(".mp4");
        var rotated = Path.Combine(work.FullName, "rotated.mp4");
        FfmpegClips.Run(["-i", upright, "-c", "copy", "-metadata:s:v:0", "rotate=90", rotated]);

        var thumbnail = await thumbnailer.FromFileAsync(rotated, CancellationToken.None);

        Assert.Equal((270, 480), (thumbnail.SourceWidth, thumbnail.SourceHeight));
        Assert.Equal((405u, 720u), ThumbnailChecks.AssertPicture(thumbnail));
    }

    [SkippableFact]
    public async Task Without_ffmpeg_a_video_gets_the_fallback()
    {
        SkipWithoutFfmpeg();
        var clip = Clip(".mp4");
        var empty = work.CreateSubdirectory("no-ffmpeg");
        var without = new Thumbnailer(new FfmpegTools(new MediaToolOptions(empty.FullName)));

        var thumbnail = await without.FromFileAsync(clip, CancellationToken.None);

        Assert.False(without.Ffmpeg.Available);
        Assert.True(thumbnail.IsStatic);
        Assert.Equal(Thumbnailer.FallbackJpeg, thumbnail.Jpeg);
    }
}
