using System.IO.Compression;

namespace EnteTui.Core.Export;

/// <summary>
/// Splits a decrypted live-photo ZIP into its image and video parts (spec §4.9). A part is chosen by
/// its `image` / `video` name prefix, of the whole entry name or of its last segment, so hostile names
/// (`image/../../x.jpg`, `/tmp/video.mov`, `..\..\image.heic`) still yield their part, as Ente's CLI
/// (which matches the substring) would. Only the extension is taken from an entry name (letters and
/// digits, at most 10) and the caller names the files `&lt;title base&gt;&lt;ext&gt;`: an entry name never becomes a path.
/// </summary>
public static class LivePhotoParts
{
    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>Extracts both parts into temporary files in <paramref name="dir"/>; returns (temp path, extension) per part.</summary>
    public static IReadOnlyList<(string Temp, string Extension)> Extract(string zipPath, string dir, long fileId)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var image = Find(zip, "image", null) ?? throw new InvalidDataException("The live photo has no image part.");
        var video = Find(zip, "video", image) ?? throw new InvalidDataException("The live photo has no video part.");
        var result = new List<(string, string)>();
        foreach (var entry in new[] { image, video })
        {
            var temp = Path.Combine(dir, LeftoverFiles.NewTempName(fileId));
            result.Add((temp, SafeExtension(LastSegment(entry.FullName))));
            using var input = entry.Open();
            using var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
            input.CopyTo(output);
            output.Flush(flushToDisk: true);
        }

        return result;
    }

    public static string SafeExtension(string entryName)
    {
        var extension = Path.GetExtension(entryName);
        return extension.Length is > 1 and <= 11 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : "";
    }

    /// <summary>The first file entry whose whole name, else whose last segment, starts with <paramref name="prefix"/>.</summary>
    private static ZipArchiveEntry? Find(ZipArchive zip, string prefix, ZipArchiveEntry? taken)
    {
        var files = zip.Entries.Where(e => e != taken && LastSegment(e.FullName).Length > 0).ToList();
        return files.FirstOrDefault(e => e.FullName.TrimStart(Separators).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            ?? files.FirstOrDefault(e => LastSegment(e.FullName).StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    private static string LastSegment(string name) => name[(name.LastIndexOfAny(Separators) + 1)..];
}
