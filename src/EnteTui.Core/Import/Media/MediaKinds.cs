using EnteTui.Core.Takeout.Matching;

namespace EnteTui.Core.Import.Media;

/// <summary>Ente file types and extensions of media names; which names are media is decided by <see cref="MediaTypes"/>.</summary>
public static class MediaKinds
{
    /// <summary>Image, Video, or null when the file is not media (the one table: <see cref="MediaTypes"/>).</summary>
    public static EnteFileType? FromFileName(string fileName) => MediaTypes.ClassifyPath(fileName) switch
    {
        MediaKind.Image => EnteFileType.Image,
        MediaKind.Video or MediaKind.MotionVideo => EnteFileType.Video,
        _ => null,
    };

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
}
