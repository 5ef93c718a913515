using System.Collections.Frozen;

namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// The one table of photo and video file types (by extension, case-insensitive): the Takeout scan,
/// the import and the local server's seeding all ask here, so nothing the scan pairs can be dropped
/// at import time as "not media".
/// </summary>
public static class MediaTypes
{
    /// <summary>Camera RAW files (most are TIFF inside: the name tells the thumbnailer to take the embedded preview).</summary>
    private static readonly string[] RawExtensionList =
    [
        "dng", "cr2", "cr3", "crw", "nef", "nrw", "arw", "srf", "sr2", "orf", "rw2", "raf", "pef", "raw",
        "3fr", "erf", "kdc", "mrw", "x3f", "srw", "rwl", "iiq",
    ];

    private static readonly FrozenSet<string> RawExtensions = RawExtensionList.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ImageExtensions = new[]
    {
        "jpg", "jpeg", "jpe", "jfif", "png", "gif", "bmp", "webp", "heic", "heif", "avif", "tif", "tiff",
        "mpo", "jxl", "jp2", "ico", "psd", "svg",
    }.Concat(RawExtensionList).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> VideoExtensions = new[]
    {
        "mp4", "m4v", "mov", "qt", "3gp", "3g2", "avi", "mkv", "webm", "wmv", "mpg", "mpeg", "mts", "m2ts",
        "ts", "mod", "tod", "vob", "flv", "asf", "divx", "ogv", "mjpeg",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Still-image extensions tried when a live-photo video looks for its still, most likely first.</summary>
    public static IReadOnlyList<string> StillExtensions { get; } = ["HEIC", "heic", "JPG", "jpg", "jpeg", "JPEG", "HEIF", "heif", "png", "PNG"];

    public static MediaKind Classify(MediaName name)
    {
        if (!name.HasExtension)
        {
            return name.Name.IndexOf('.', 1) < 0 ? MediaKind.MotionVideo : MediaKind.NotMedia;
        }

        var ext = name.Extension;
        if (ImageExtensions.Contains(ext))
        {
            return MediaKind.Image;
        }

        if (VideoExtensions.Contains(ext))
        {
            return MediaKind.Video;
        }

        return IsPixelMotionExtension(ext) ? MediaKind.MotionVideo : MediaKind.NotMedia;
    }

    /// <summary>Pixel motion-photo video parts: <c>.MP</c>, <c>.MP~2</c>, <c>.MP~3</c> ...</summary>
    public static bool IsPixelMotionExtension(string extension) =>
        extension.Equals("MP", StringComparison.OrdinalIgnoreCase)
        || (extension.Length > 3 && extension.StartsWith("MP~", StringComparison.OrdinalIgnoreCase) && extension[3..].All(char.IsAsciiDigit));

    public static bool IsVideoLike(MediaKind kind) => kind is MediaKind.Video or MediaKind.MotionVideo;

    /// <summary>The kind of a file by its name or path (only the last segment counts).</summary>
    public static MediaKind ClassifyPath(string path) => Classify(MediaName.Parse(Path.GetFileName(path)));

    public static bool IsImage(string path) => ClassifyPath(path) == MediaKind.Image;

    public static bool IsVideo(string path) => IsVideoLike(ClassifyPath(path));

    public static bool IsMedia(string path) => ClassifyPath(path) != MediaKind.NotMedia;

    /// <summary>Whether the name is a camera RAW's (`.DNG`, `.CR2`, `.PEF`, ...).</summary>
    public static bool IsRaw(string path) => MediaName.SplitExtension(Path.GetFileName(path)).Extension is { Length: > 0 } ext && RawExtensions.Contains(ext);
}
