using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace EnteTui.Samples;

/// <summary>
/// Streams a Google Takeout split over numbered parts (real zip and tgz files, Google's part names)
/// straight to disk: one open writer per part, each entry written when it is added, so a corpus of
/// 100,000 entries never sits in memory. Dispose to finish the parts.
/// </summary>
public sealed class SplitTakeoutWriter : IDisposable
{
    private readonly List<ZipArchive?> zips = [];
    private readonly List<TarWriter?> tars = [];
    private readonly List<Stream> files = [];
    private byte[] padded = [];
    private int paddedHead;

    /// <summary>One part per kind ("zip" or "tgz"), in order.</summary>
    public SplitTakeoutWriter(string dir, params string[] kinds)
    {
        Directory.CreateDirectory(dir);
        for (var index = 0; index < kinds.Length; index++)
        {
            var path = Path.Combine(dir, TakeoutPartNames.FileName(index + 1, kinds[index]));
            Paths.Add(path);
            var file = File.Create(path);
            files.Add(file);
            var isZip = kinds[index] == "zip";
            zips.Add(isZip ? new ZipArchive(file, ZipArchiveMode.Create) : null);
            tars.Add(isZip ? null : new TarWriter(new GZipStream(file, CompressionLevel.Fastest), TarEntryFormat.Pax, leaveOpen: false));
        }
    }

    /// <summary><paramref name="parts"/> parts, zip and tgz alternating (part 1 is a zip).</summary>
    public SplitTakeoutWriter(string dir, int parts)
        : this(dir, TakeoutPartNames.Alternating(parts))
    {
    }

    /// <summary>The part files in part order.</summary>
    public List<string> Paths { get; } = [];

    public int Entries { get; private set; }

    public long PayloadBytes { get; private set; }

    /// <summary>Writes one entry under <c>Takeout/Google Photos/</c> into 0-based part <paramref name="partIndex"/>.</summary>
    public void Add(int partIndex, string relativePath, byte[] bytes) => Write(partIndex, relativePath, bytes, bytes.Length);

    /// <summary>
    /// Writes <paramref name="head"/> followed by zeros up to <paramref name="size"/> bytes: each file its
    /// own size at almost no cost on disk (zeros compress to nearly nothing in zip and tgz).
    /// </summary>
    public void AddPadded(int partIndex, string relativePath, byte[] head, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, head.Length);
        if (padded.Length < size)
        {
            padded = new byte[Math.Max(size, padded.Length * 2)];
        }
        else
        {
            Array.Clear(padded, 0, paddedHead);
        }

        head.CopyTo(padded, 0);
        paddedHead = head.Length;
        Write(partIndex, relativePath, padded, size);
    }

    public void AddText(int partIndex, string relativePath, string text) => Add(partIndex, relativePath, Encoding.UTF8.GetBytes(text));

    private void Write(int partIndex, string relativePath, byte[] buffer, int count)
    {
        var name = TakeoutPartNames.Root + relativePath;
        if (zips[partIndex] is { } zip)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            stream.Write(buffer, 0, count);
        }
        else
        {
            tars[partIndex]!.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(buffer, 0, count, writable: false) });
        }

        Entries++;
        PayloadBytes += count;
    }

    public void Dispose()
    {
        zips.ForEach(z => z?.Dispose());
        tars.ForEach(t => t?.Dispose());
        files.ForEach(f => f.Dispose());
    }
}
