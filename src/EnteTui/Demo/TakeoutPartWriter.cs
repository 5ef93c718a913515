using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;

namespace EnteTui.Demo;

/// <summary>
/// Writes a Google Takeout split over several parts (real zip and tgz files, Google's part names),
/// each entry in the part chosen for it, so a sidecar can sit in another part than its photo.
/// </summary>
public sealed class TakeoutPartWriter
{
    public const string Root = "Takeout/Google Photos/";

    private readonly List<(string Path, byte[] Bytes, int Part)> entries = [];

    /// <summary>Adds a file under <c>Takeout/Google Photos/</c> into 1-based part <paramref name="part"/>.</summary>
    public TakeoutPartWriter Add(string relativePath, byte[] bytes, int part)
    {
        entries.Add((Root + relativePath, bytes, part));
        return this;
    }

    /// <summary>Writes the parts into <paramref name="dir"/>, one per kind ("zip" or "tgz"), and returns their paths in order.</summary>
    public IReadOnlyList<string> Write(string dir, params string[] kinds)
    {
        Directory.CreateDirectory(dir);
        var paths = new List<string>();
        for (var part = 1; part <= kinds.Length; part++)
        {
            var path = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"takeout-20240712T112341Z-{part:000}.{kinds[part - 1]}"));
            var mine = entries.Where(e => e.Part == part).ToList();
            if (kinds[part - 1] == "zip")
            {
                WriteZip(path, mine);
            }
            else
            {
                WriteTgz(path, mine);
            }

            paths.Add(path);
        }

        return paths;
    }

    private static void WriteZip(string path, List<(string Path, byte[] Bytes, int Part)> files)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes, _) in files)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            stream.Write(bytes);
        }
    }

    private static void WriteTgz(string path, List<(string Path, byte[] Bytes, int Part)> files)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (name, bytes, _) in files)
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
        }
    }
}
