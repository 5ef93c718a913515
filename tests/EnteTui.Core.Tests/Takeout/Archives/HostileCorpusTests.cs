using System.Formats.Tar;
using System.IO.Compression;

using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Archives;

/// <summary>
/// Hostile archives built by the tests (symlinks, duplicates, invalid UTF-8 names, nested archives,
/// oversized or lying JSON sidecars): each gives a clear problem for that entry, the rest of the part
/// still scans, and nothing is written anywhere.
/// </summary>
public class HostileCorpusTests
{
    private const string Year = "Takeout/Google Photos/Photos from 2020/";

    private static TakeoutScanResult Scan(params string[] parts) => new TakeoutScanner(new ScanOptions()).Scan(parts);

    private static ArchiveEntry Photo(string name) => new(Year + name, [0xFF, 0xD8, 1, 2, 3]);

    private static ArchiveEntry Sidecar(string name, string title) => new(Year + name, SidecarJson.Media(title, 1_600_000_000));

    [Fact]
    public void Symlink_entries_are_reported_and_never_followed()
    {
        using var dir = new TempDir();
        var zipPath = dir.File("a.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            var link = zip.CreateEntry(Year + "IMG_LINK.jpg");
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
            using (var stream = link.Open())
            {
                stream.Write("/etc/passwd"u8);
            }

            using var photo = zip.CreateEntry(Year + "IMG_0001.jpg").Open();
            photo.Write([0xFF, 0xD8, 1]);
        }

        var tgzPath = dir.File("b.tgz");
        using (var file = File.Create(tgzPath))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, Year + "IMG_TARLINK.jpg") { LinkName = "../../../../etc/shadow" });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.HardLink, Year + "IMG_HARD.jpg") { LinkName = "/etc/passwd" });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, Year + "IMG_0001.jpg.json") { DataStream = new MemoryStream(SidecarJson.Media("IMG_0001.jpg", 1)) });
        }

        var result = Scan(zipPath, tgzPath);

        Assert.Contains(result.Problems, p => p.Part == 1 && p.Entry == Year + "IMG_LINK.jpg" && p.Message.Contains("link", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Part == 2 && p.Entry == Year + "IMG_TARLINK.jpg" && p.Message.Contains("link", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Part == 2 && p.Entry == Year + "IMG_HARD.jpg" && p.Message.Contains("link", StringComparison.Ordinal));
        var pair = Assert.Single(result.Pairs);
        Assert.Equal(Year + "IMG_0001.jpg.json", pair.Sidecar?.Path);
    }

    [Fact]
    public void A_path_twice_in_one_part_is_reported_and_the_first_copy_used()
    {
        using var dir = new TempDir();
        var entries = new List<ArchiveEntry> { Photo("IMG_0001.jpg"), Sidecar("IMG_0001.jpg.json", "IMG_0001.jpg"), new(Year + "IMG_0001.jpg", [9, 9, 9]) };
        ArchiveWriter.Zip(dir.File("a.zip"), entries);
        ArchiveWriter.Tgz(dir.File("b.tgz"), entries);

        foreach (var part in new[] { "a.zip", "b.tgz" })
        {
            var result = Scan(dir.File(part));

            var problem = Assert.Single(result.Problems);
            Assert.Equal(Year + "IMG_0001.jpg", problem.Entry);
            Assert.Contains("duplicate entry", problem.Message, StringComparison.Ordinal);
            var pair = Assert.Single(result.Pairs);
            Assert.Equal(0, pair.Media.Ordinal);
        }
    }

    [Fact]
    public void Names_that_are_not_valid_utf8_are_refused_per_entry()
    {
        using var dir = new TempDir();
        byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE];
        List<ArchiveEntry> entries = [Photo("IMG_0001.jpg"), Sidecar("IMG_0001.jpg.json", "IMG_0001.jpg"), Photo("é_QQQQ.jpg")];
        ArchiveWriter.Zip(dir.File("a.zip"), entries);
        RawArchivePatch.Replace(dir.File("a.zip"), "QQQQ", invalid);
        var tar = dir.File("b.tar");
        ArchiveWriter.Tar(tar, [Photo("IMG_0002.jpg"), Photo("bad_QQQQ.jpg")]);
        RawArchivePatch.Replace(tar, "QQQQ", invalid);
        RawArchivePatch.FixTarChecksums(tar);

        var result = Scan(dir.File("a.zip"), tar);

        Assert.Contains(result.Problems, p => p.Part == 1 && p.Message.Contains("invalid name", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Part == 2 && p.Message.Contains("invalid name", StringComparison.Ordinal));
        Assert.Equal([Year + "IMG_0001.jpg", Year + "IMG_0002.jpg"], result.Pairs.Select(p => p.Media.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nested_archives_are_never_opened()
    {
        using var dir = new TempDir();
        var inner = dir.File("inner.zip");
        ArchiveWriter.Zip(inner, [Photo("IMG_9.jpg")]);
        for (var depth = 0; depth < 8; depth++)
        {
            var next = dir.File($"nest{depth}.zip");
            ArchiveWriter.Zip(next, [new ArchiveEntry("Takeout/Google Photos/Photos from 2020/nested.zip", File.ReadAllBytes(inner))]);
            inner = next;
        }

        ArchiveWriter.Zip(dir.File("a.zip"), [Photo("IMG_0001.jpg"), new ArchiveEntry(Year + "nested.zip", File.ReadAllBytes(inner))]);

        var result = Scan(dir.File("a.zip"));

        Assert.Equal([Year + "IMG_0001.jpg"], result.Pairs.Select(p => p.Media.Path));
        Assert.DoesNotContain(result.Pairs, p => p.Media.Path.Contains("IMG_9", StringComparison.Ordinal));
    }

    [Fact]
    public void Oversized_and_lying_json_sidecars_are_reported_and_not_loaded()
    {
        using var dir = new TempDir();
        var huge = HugeJson(50 << 20);
        var entries = new List<ArchiveEntry> { Photo("IMG_0001.jpg"), new(Year + "IMG_0001.jpg.json", huge), Photo("IMG_0002.jpg"), new(Year + "IMG_0002.jpg.json", huge) };
        ArchiveWriter.Zip(dir.File("a.zip"), entries);
        ArchiveWriter.Tgz(dir.File("b.tgz"), entries.Select(e => e with { Name = e.Name.Replace("IMG_", "PXL_", StringComparison.Ordinal) }));
        ZipPatcher.DeclareSize(dir.File("a.zip"), Year + "IMG_0002.jpg.json", 300);

        var result = Scan(dir.File("a.zip"), dir.File("b.tgz"));

        foreach (var name in new[] { "IMG_0001.jpg.json", "IMG_0002.jpg.json", "PXL_0001.jpg.json", "PXL_0002.jpg.json" })
        {
            Assert.Contains(result.Problems, p => p.Entry == Year + name);
        }

        Assert.Equal(4, result.Pairs.Count);
        Assert.All(result.Pairs, p => Assert.Null(p.SidecarData));
    }

    [Fact]
    public void Broken_json_is_one_problem_per_file_and_json_that_is_no_sidecar_gives_no_data()
    {
        using var dir = new TempDir();
        string[] broken = ["", "{", "{\"title\": \"IMG.jpg\", ", new string('[', 10_000), "\u0000\u0001garbage"];
        string[] notSidecars = ["null", "[]", "\"just a string\"", "42"];
        var entries = new List<ArchiveEntry>();
        var bodies = broken.Concat(notSidecars).ToList();
        for (var i = 0; i < bodies.Count; i++)
        {
            entries.Add(Photo($"IMG_{i}.jpg"));
            entries.Add(new ArchiveEntry(Year + $"IMG_{i}.jpg.json", System.Text.Encoding.UTF8.GetBytes(bodies[i])));
        }

        ArchiveWriter.Tgz(dir.File("a.tgz"), entries);

        var result = Scan(dir.File("a.tgz"));

        Assert.Equal(bodies.Count, result.Pairs.Count);
        for (var i = 0; i < broken.Length; i++)
        {
            Assert.Single(result.Problems, p => p.Entry == Year + $"IMG_{i}.jpg.json");
        }

        Assert.All(result.Pairs, p => Assert.Null(p.SidecarData?.TakenTime));
    }

    internal static byte[] HugeJson(int size)
    {
        var head = "{\"title\":\"IMG.jpg\",\"description\":\""u8.ToArray();
        var tail = "\"}"u8.ToArray();
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, size - head.Length - tail.Length).Fill((byte)'a');
        tail.CopyTo(bytes, size - tail.Length);
        return bytes;
    }
}
