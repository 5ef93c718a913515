using FFMpegCore;
using FFMpegCore.Exceptions;
using FFMpegCore.Pipes;

namespace EnteTui.Core.Media;

/// <summary>
/// A video's size and duration from ffprobe and a frame near its start from ffmpeg (1 s in, or the
/// first frame of a shorter clip), rotated as the player would show it, made into an Ente thumbnail.
/// </summary>
internal static class VideoThumbnails
{
    private static readonly TimeSpan FrameAt = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Null when ffprobe finds no video stream; the thumbnail is null when no frame could be taken.</summary>
    public static async Task<(MediaThumbnail? Thumbnail, int Width, int Height, double Seconds)?> CreateAsync(string path, FFOptions tools, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        IMediaAnalysis analysis;
        try
        {
            analysis = await FFProbe.AnalyseAsync(path, tools, null, limit.Token);
        }
        catch (Exception ex) when (ex is FFMpegException or FormatException or InvalidOperationException or System.Text.Json.JsonException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        if (analysis.PrimaryVideoStream is not { Width: int storedWidth and > 0, Height: int storedHeight and > 0 } video)
        {
            return null;
        }

        var quarterTurn = Math.Abs(video.Rotation) % 180 == 90;
        var (width, height) = quarterTurn ? (storedHeight, storedWidth) : (storedWidth, storedHeight);
        var at = analysis.Duration > FrameAt * 2 ? FrameAt : TimeSpan.Zero;
        var frame = await FrameAsync(path, at, tools, limit.Token, cancellationToken);
        var jpeg = frame is { Length: > 0 } ? (SkiaJpegThumbnails.Create(frame) ?? MagickThumbnails.Create(frame, isRaw: false))?.Jpeg : null;
        var thumbnail = jpeg is null ? null : new MediaThumbnail(jpeg, false, width, height) { DurationSeconds = analysis.Duration.TotalSeconds };
        return (thumbnail, width, height, analysis.Duration.TotalSeconds);
    }

    private static async Task<byte[]?> FrameAsync(string path, TimeSpan at, FFOptions tools, CancellationToken limit, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        try
        {
            var result = await FFMpegArguments
                .FromFileInput(path, true, o => o.WithStartTime(at))
                .OutputToPipe(new StreamPipeSink(output), o => o
                    .WithFrameCount(1)
                    .WithCustomArgument($"-vf scale='min({JpegLadder.MaxDimension * 2},iw)':-2 -q:v 2")
                    .WithCustomArgument("-f image2pipe -c:v mjpeg"))
                .CancellableThrough(limit)
                .ProcessAsynchronously(false, tools);
            return result.Success && output.Length > 0 ? output.ToArray() : null;
        }
        catch (Exception ex) when (ex is FFMpegException or InvalidOperationException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
