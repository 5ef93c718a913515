using System.Formats.Tar;
using System.IO.Compression;

namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>Writes real test parts with the BCL (independently of the reader under test): zip, tgz (PAX), or an extracted folder.</summary>
public static class ArchiveWriter
{
    public static void Zip(string path, IEnumerable<ArchiveEntry> entries)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var entry in entries)
        {
            using var stream = zip.CreateEntry(entry.Name, CompressionLevel.Fastest).Open();
            stream.Write(entry.Content);
        }
    }

    public static void Tgz(string path, IEnumerable<ArchiveEntry> entries, TarEntryFormat format = TarEntryFormat.Pax)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, format);
        foreach (var entry in entries)
        {
            TarEntry item = format == TarEntryFormat.Gnu ? new GnuTarEntry(TarEntryType.RegularFile, entry.Name) : new PaxTarEntry(TarEntryType.RegularFile, entry.Name);
            item.DataStream = new MemoryStream(entry.Content);
            tar.WriteEntry(item);
        }
    }

    /// <summary>A plain uncompressed ustar file (names must be short and ASCII), so its bytes can be patched.</summary>
    public static void Tar(string path, IEnumerable<ArchiveEntry> entries)
    {
        using var file = File.Create(path);
        using var tar = new TarWriter(file, TarEntryFormat.Ustar);
        foreach (var entry in entries)
        {
            tar.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, entry.Name) { DataStream = new MemoryStream(entry.Content) });
        }
    }

    public static void Folder(string root, IEnumerable<ArchiveEntry> entries)
    {
        foreach (var entry in entries)
        {
            var path = Path.Combine(root, entry.Name.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, entry.Content);
        }
    }
}
