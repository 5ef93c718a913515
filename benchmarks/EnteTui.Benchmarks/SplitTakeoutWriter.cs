using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using EnteTui.Fixtures;

namespace EnteTui.Benchmarks;

/// <summary>
/// Streams a Takeout split over numbered parts (zip and tgz alternating) straight to disk: one open
/// writer per part, entries written as they are generated, so 100,000 entries never sit in memory.
/// </summary>
internal sealed class SplitTakeoutWriter : IDisposable
{
    private readonly List<ZipArchive?> zips = [];
    private readonly List<TarWriter?> tars = [];
    private readonly List<Stream> files = [];

    public SplitTakeoutWriter(string dir, int parts)
    {
        Directory.CreateDirectory(dir);
        for (var part = 1; part <= parts; part++)
        {
            var kind = part % 2 == 1 ? "zip" : "tgz";
            var path = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"takeout-20240712T112341Z-{part:000}.{kind}"));
            Paths.Add(path);
            var file = File.Create(path);
            files.Add(file);
            if (kind == "zip")
            {
                zips.Add(new ZipArchive(file, ZipArchiveMode.Create));
                tars.Add(null);
            }
            else
            {
                zips.Add(null);
                tars.Add(new TarWriter(new GZipStream(file, CompressionLevel.Fastest), TarEntryFormat.Pax, leaveOpen: false));
            }
        }
    }

    public List<string> Paths { get; } = [];

    public int Entries { get; private set; }

    public long PayloadBytes { get; private set; }

    /// <summary>Writes one entry under `Takeout/Google Photos/` into 0-based part <paramref name="part"/>.</summary>
    public void Add(int part, string relativePath, byte[] bytes)
    {
        var name = TakeoutBuilder.Root + relativePath;
        if (zips[part] is { } zip)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            stream.Write(bytes);
        }
        else
        {
            tars[part]!.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
        }

        Entries++;
        PayloadBytes += bytes.Length;
    }

    public void AddText(int part, string relativePath, string text) => Add(part, relativePath, Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        zips.ForEach(z => z?.Dispose());
        tars.ForEach(t => t?.Dispose());
        files.ForEach(f => f.Dispose());
    }
}
