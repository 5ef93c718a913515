namespace EnteTui.LocalServer.Seeding;

/// <summary>Which files are photos or videos, by extension (what Ente's uploader accepts).</summary>
public static class MediaTypes
{
    private static readonly HashSet<string> Images = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".avif", ".bmp", ".tif", ".tiff", ".dng", ".raw", ".cr2", ".nef", ".arw",
    };

    private static readonly HashSet<string> Videos = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp4", ".mov", ".m4v", ".avi", ".mkv", ".webm", ".3gp", ".wmv", ".mts", ".m2ts", ".mpg", ".mpeg",
    };

    public static bool IsImage(string path) => Images.Contains(Path.GetExtension(path));

    public static bool IsVideo(string path) => Videos.Contains(Path.GetExtension(path));

    public static bool IsMedia(string path) => IsImage(path) || IsVideo(path);
}
