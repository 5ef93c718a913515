using System.IO.Compression;

namespace EnteTui.Core.Import.Media;

/// <summary>
/// The plaintext of an Ente live photo (spec §4.9): a ZIP with exactly `image.&lt;ext&gt;` and
/// `video.&lt;ext&gt;`. Entries are stored (the web's JSZip default), media does not compress.
/// </summary>
public static class LivePhotoZip
{
    public static void Write(Stream destination, string imageFileName, Stream image, string videoFileName, Stream video)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "image" + ExtensionFor(imageFileName), image);
        Add(zip, "video" + ExtensionFor(videoFileName), video);
    }

    /// <summary>The part's extension in lower case; a Pixel `.MP` motion file or a name without one counts as `.mp4`.</summary>
    public static string ExtensionFor(string fileName)
    {
        var ext = MediaKinds.ExtensionOf(fileName).ToLowerInvariant();
        return ext is "" or ".mp" ? ".mp4" : ext;
    }

    private static void Add(ZipArchive zip, string name, Stream content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        using var target = entry.Open();
        content.CopyTo(target);
    }
}
