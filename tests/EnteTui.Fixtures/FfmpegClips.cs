using System.Diagnostics;
using System.Globalization;

namespace EnteTui.Fixtures;

/// <summary>Real videos for tests, made with Debian's ffmpeg from its moving test pattern.</summary>
public static class FfmpegClips
{
    public const string SkipReason = "ffmpeg and ffprobe are not on PATH (install the Debian package ffmpeg)";

    public static bool Available { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(folder => File.Exists(Path.Combine(folder, "ffmpeg")) && File.Exists(Path.Combine(folder, "ffprobe")));

    /// <summary>
    /// A 3 s clip, 480×270, at <paramref name="path"/> in the container its extension names (3GP with
    /// H.264: its default H.263 takes only CIF sizes).
    /// </summary>
    public static string Make(string path)
    {
        string[] codec = Path.GetExtension(path).Equals(".3gp", StringComparison.OrdinalIgnoreCase) ? ["-c:v", "libx264"] : [];
        Run(["-f", "lavfi", "-i", "testsrc2=size=480x270:rate=25:duration=3", .. codec, "-pix_fmt", "yuv420p", "-f", FormatOf(path), path]);
        return path;
    }

    /// <summary>The frame at <paramref name="seconds"/> as PNG, decoded by ffmpeg itself.</summary>
    public static byte[] FrameAt(string path, double seconds)
    {
        var frame = path + ".frame.png";
        Run(["-ss", seconds.ToString(CultureInfo.InvariantCulture), "-i", path, "-frames:v", "1", frame]);
        return File.ReadAllBytes(frame);
    }

    public static void Run(string[] args)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-v", "error", "-y", .. args])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed: {errors}");
        }
    }

    private static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".mkv" => "matroska",
        ".m4v" => "ipod",
        ".mov" => "mov",
        ".webm" => "webm",
        ".avi" => "avi",
        ".3gp" => "3gp",
        ".mpg" => "mpeg",
        ".ts" or ".mts" => "mpegts",
        _ => "mp4",
    };
}
