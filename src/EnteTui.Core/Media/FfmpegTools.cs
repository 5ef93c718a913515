using FFMpegCore;

namespace EnteTui.Core.Media;

/// <summary>Finds `ffmpeg` and `ffprobe` (both needed) once; videos fall back to Ente's placeholder without them.</summary>
public sealed class FfmpegTools(MediaToolOptions options)
{
    /// <summary>The one warning line printed when videos are imported without ffmpeg.</summary>
    public const string MissingWarning =
        "ffmpeg not found on PATH: videos get Ente's placeholder thumbnail and no size or duration; install the Debian package ffmpeg (apt-get install ffmpeg)";

    private readonly Lazy<FFOptions?> located = new(() => Locate(options));

    public bool Available => located.Value is not null;

    /// <summary>Per-call options for FFMpegCore (never its global configuration: tests point it at other folders).</summary>
    internal FFOptions? Options => located.Value;

    private static FFOptions? Locate(MediaToolOptions options)
    {
        var folders = options.FfmpegFolder is { } folder
            ? [folder]
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = folders.FirstOrDefault(f => File.Exists(Path.Combine(f, "ffmpeg")) && File.Exists(Path.Combine(f, "ffprobe")));
        return found is null ? null : new FFOptions { BinaryFolder = found, TemporaryFilesFolder = Path.GetTempPath() };
    }
}
