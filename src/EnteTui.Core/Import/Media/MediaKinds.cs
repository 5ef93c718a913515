namespace EnteTui.Core.Import.Media;

/// <summary>Classifies media by extension, as Ente's uploader does when magic bytes do not decide.</summary>
public static class MediaKinds
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".jpe", ".png", ".gif", ".heic", ".heif", ".webp", ".bmp", ".tif", ".tiff", ".avif",
        ".dng", ".cr2", ".cr3", ".nef", ".arw", ".raf", ".orf", ".rw2", ".jxl", ".ico",
    };

    private static readonly HashSet<string> VideoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp4", ".mov", ".m4v", ".3gp", ".3g2", ".avi", ".mkv", ".webm", ".mpg", ".mpeg", ".mts", ".m2ts",
        ".wmv", ".flv", ".ogv", ".mp", ".qt",
    };

    /// <summary>Image, Video, or null when the file is not media Ente takes.</summary>
    public static EnteFileType? FromFileName(string fileName)
    {
        var ext = ExtensionOf(fileName);
        if (ImageExtensions.Contains(ext))
        {
            return EnteFileType.Image;
        }

        if (VideoExtensions.Contains(ext) || IsPixelMotionVideo(fileName))
        {
            return EnteFileType.Video;
        }

        return null;
    }

    /// <summary>The extension with its dot; `.MP~2` (a Pixel motion copy) counts as `.mp`.</summary>
    public static string ExtensionOf(string fileName)
    {
        var name = Path.GetFileName(fileName);
        var tilde = name.LastIndexOf('~');
        if (tilde > 0 && name.AsSpan(tilde + 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            name = name[..tilde];
        }

        return Path.GetExtension(name);
    }

    /// <summary>True for formats SkiaSharp is expected to decode into a thumbnail.</summary>
    public static bool IsDecodableImage(string fileName) =>
        ExtensionOf(fileName).ToLowerInvariant() is ".jpg" or ".jpeg" or ".jpe" or ".png" or ".gif" or ".webp" or ".bmp" or ".ico";

    private static bool IsPixelMotionVideo(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return name.StartsWith("MVIMG_", StringComparison.OrdinalIgnoreCase) && !name.Contains('.', StringComparison.Ordinal);
    }
}
