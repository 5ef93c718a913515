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

    /// <summary>
    /// Image or Video from the content when its first bytes are a known container (bytes decide, not
    /// names: a JPEG named `.HEIC`, an MP4 named `.MP`), else from the name.
    /// </summary>
    public static EnteFileType? Classify(string fileName, ReadOnlySpan<byte> head) =>
        MediaSniffer.FormatOf(head).Kind ?? FromFileName(fileName);

    /// <summary>A file on disk: Image or Video by its first bytes when they are a known container, else by its name.</summary>
    public static async Task<EnteFileType?> ClassifyFileAsync(string path, CancellationToken cancellationToken)
    {
        var head = new byte[MediaSniffer.HeadLength];
        int read;
        await using (var stream = File.OpenRead(path))
        {
            read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        return Classify(path, head.AsSpan(0, read));
    }
}
