using FFMpegCore;
using FFMpegCore.Exceptions;

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
        var jpeg = frame is { Length: > 0 } ? PictureDecoders.Thumbnail(frame, fileName: null)?.Jpeg : null;
        var thumbnail = jpeg is null ? null : new MediaThumbnail(jpeg, false, width, height) { DurationSeconds = analysis.Duration.TotalSeconds };
        return (thumbnail, width, height, analysis.Duration.TotalSeconds);
    }

    /// <remarks>
    /// The frame goes to a file in an owner-only temporary folder rather than through FFMpegCore's
    /// pipe sink, whose socket handshake failed now and then on a busy machine (a lost thumbnail).
    /// </remarks>
    private static async Task<byte[]?> FrameAsync(string path, TimeSpan at, FFOptions tools, CancellationToken limit, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ente-tui-frame-");
        try
        {
            var target = Path.Combine(folder.FullName, "frame.jpg");
            var done = await FFMpegArguments
                .FromFileInput(path, true, o => o.WithStartTime(at))
                .OutputToFile(target, true, o => o
                    .WithFrameCount(1)
                    .WithCustomArgument($"-vf scale='min({JpegLadder.MaxDimension * 2},iw)':-2 -q:v 2")
                    .WithCustomArgument("-f image2 -c:v mjpeg"))
                .CancellableThrough(limit)
                .ProcessAsynchronously(false, tools);
            return done.Success && File.Exists(target) ? await File.ReadAllBytesAsync(target, cancellationToken) : null;
        }
        catch (Exception ex) when (ex is FFMpegException or InvalidOperationException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder holds one frame and is cleared with the rest of /tmp.
            }
        }
    }
}
