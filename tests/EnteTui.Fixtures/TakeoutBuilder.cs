using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace EnteTui.Fixtures;

/// <summary>
/// Builds a Google Takeout split over several parts (real zip and tgz files), each entry placed in
/// the part the test chooses, so a sidecar can sit in another part than its photo.
/// </summary>
public sealed class TakeoutBuilder
{
    public const string Root = "Takeout/Google Photos/";

    private readonly List<(string Path, byte[] Bytes, int Part)> entries = [];

    public IReadOnlyList<(string Path, byte[] Bytes, int Part)> Entries => entries;

    /// <summary>Adds a file under `Takeout/Google Photos/` into 1-based part <paramref name="part"/>.</summary>
    public TakeoutBuilder Add(string relativePath, byte[] bytes, int part = 1)
    {
        entries.Add((Root + relativePath, bytes, part));
        return this;
    }

    public TakeoutBuilder AddSidecar(string relativePath, SidecarSpec sidecar, int part = 1) =>
        Add(relativePath, Encoding.UTF8.GetBytes(sidecar.ToJson()), part);

    public TakeoutBuilder AddAlbum(string folder, string title, int part = 1) =>
        Add(folder + "/metadata.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { title, description = "", access = "protected", date = new { timestamp = "1560000000", formatted = "Jun 8, 2019, 1:20:00 PM UTC" } })), part);

    /// <summary>Writes the parts into <paramref name="dir"/>; part kinds by index ("zip" or "tgz"). Returns their paths in part order.</summary>
    public IReadOnlyList<string> Write(string dir, params string[] kinds)
    {
        Directory.CreateDirectory(dir);
        var paths = new List<string>();
        for (var part = 1; part <= kinds.Length; part++)
        {
            var kind = kinds[part - 1];
            var path = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"takeout-20240712T112341Z-{part:000}.{kind}"));
            var mine = entries.Where(e => e.Part == part).ToList();
            if (kind == "zip")
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
            var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
            using var stream = entry.Open();
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
