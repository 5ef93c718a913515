using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Archives;

/// <summary>Broken and hostile parts are reported per part and never stop the scan.</summary>
public class HostilePartsTests
{
    private const string Year = "Takeout/Google Photos/Photos from 2020/";

    private static List<ArchiveEntry> Photos(int count, int from = 0) => Enumerable.Range(from, count).SelectMany(i => new[]
    {
        new ArchiveEntry($"{Year}IMG_{i:0000}.jpg", new byte[2000 + i]),
        new ArchiveEntry($"{Year}IMG_{i:0000}.jpg.json", SidecarJson.Media($"IMG_{i:0000}.jpg", 1_600_000_000 + i)),
    }).ToList();

    private static TakeoutScanResult Scan(params string[] parts) => new TakeoutScanner(new ScanOptions()).Scan(parts);

    [Fact]
    public void Truncated_zip_is_reported_and_what_is_readable_is_kept()
    {
        using var dir = new TempDir();
        var good = dir.File("takeout-1.zip");
        ArchiveWriter.Zip(good, Photos(40));
        var bytes = File.ReadAllBytes(good);
        File.WriteAllBytes(dir.File("broken.zip"), bytes[..(bytes.Length * 6 / 10)]);

        var result = Scan(dir.File("broken.zip"));

        Assert.Equal(PartKind.Zip, result.Parts[0].Part.Kind);
        Assert.Contains(result.Problems, p => p.Part == 1 && p.Message.Contains("central directory", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Part == 1 && p.Message.Contains("truncated", StringComparison.Ordinal));
        Assert.InRange(result.Pairs.Count(p => p.IsMatched), 10, 39);
    }

    [Fact]
    public void Truncated_tgz_is_reported_and_what_is_readable_is_kept()
    {
        using var dir = new TempDir();
        var good = dir.File("good.tgz");
        ArchiveWriter.Tgz(good, Photos(40));
        var bytes = File.ReadAllBytes(good);
        File.WriteAllBytes(dir.File("broken.tgz"), bytes[..(bytes.Length / 2)]);

        var result = Scan(dir.File("broken.tgz"), good);

        Assert.Contains(result.Problems, p => p.Part == 1 && p.Message.Contains("truncated", StringComparison.Ordinal));
        Assert.InRange(result.Parts[0].Entries, 1, 79);
        Assert.Equal(80, result.Parts[1].Entries);
    }

    [Fact]
    public void A_file_that_is_not_an_archive_is_reported_and_ignored()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("takeout-001.zip"), "<html>this is a download error page</html>");
        ArchiveWriter.Zip(dir.File("ok.zip"), Photos(2));

        var result = Scan(dir.File("takeout-001.zip"), dir.File("ok.zip"), dir.File("missing.zip"));

        Assert.Equal([PartKind.Invalid, PartKind.Zip, PartKind.Invalid], result.Parts.Select(p => p.Part.Kind));
        Assert.Contains(result.Problems, p => p.Part == 1 && p.Message.Contains("not a zip", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Part == 3 && p.Message.Contains("no such file", StringComparison.Ordinal));
        Assert.Equal(2, result.Pairs.Count(p => p.IsMatched));
    }

    [Fact]
    public void Entries_escaping_the_root_or_with_invalid_names_are_refused()
    {
        using var dir = new TempDir();
        var entries = Photos(1);
        entries.Add(new ArchiveEntry("../evil.jpg", [1]));
        entries.Add(new ArchiveEntry("Takeout/Google Photos/../../../etc/x.jpg", [1]));
        entries.Add(new ArchiveEntry("/etc/passwd.jpg", [1]));
        entries.Add(new ArchiveEntry($"{Year}bad\u0001name.jpg", [1]));
        ArchiveWriter.Zip(dir.File("a.zip"), entries);
        ArchiveWriter.Tgz(dir.File("b.tgz"), entries);

        var result = Scan(dir.File("a.zip"), dir.File("b.tgz"));

        foreach (var part in new[] { 1, 2 })
        {
            Assert.Equal(3, result.Problems.Count(p => p.Part == part && (p.Message.Contains("escapes", StringComparison.Ordinal) || p.Message.Contains("absolute", StringComparison.Ordinal))));
            Assert.Contains(result.Problems, p => p.Part == part && p.Message.Contains("invalid name", StringComparison.Ordinal));
        }

        Assert.All(result.Pairs, p => Assert.StartsWith(Year + "IMG_", p.Media.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Bomb_like_declared_sizes_are_refused()
    {
        using var dir = new TempDir();
        var entries = Photos(2);
        entries.Add(new ArchiveEntry($"{Year}huge.mp4", new byte[5000]));
        var path = dir.File("bomb.zip");
        ArchiveWriter.Zip(path, entries);
        ZipPatcher.DeclareSize(path, $"{Year}huge.mp4", 0xFFFF_FFF0);

        var result = Scan(path);

        Assert.Contains(result.Problems, p => p.Entry == $"{Year}huge.mp4" && p.Message.Contains("zip bomb", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Pairs, p => p.Media.Path.EndsWith("huge.mp4", StringComparison.Ordinal));
        Assert.Equal(2, result.Pairs.Count(p => p.IsMatched));
    }

    [Fact]
    public void A_part_given_twice_counts_once()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("takeout-001.zip"), Photos(3));
        File.Copy(dir.File("takeout-001.zip"), dir.File("copy of takeout-001.zip"));

        var result = Scan(dir.File("takeout-001.zip"), Path.Combine(dir.Path, ".", "takeout-001.zip"), dir.File("copy of takeout-001.zip"));

        Assert.Equal([PartKind.Zip, PartKind.Duplicate, PartKind.Duplicate], result.Parts.Select(p => p.Part.Kind));
        Assert.Contains(result.Problems, p => p.Part == 2 && p.Message.Contains("given twice", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Part == 3 && p.Message.Contains("identical to part 1", StringComparison.Ordinal));
        Assert.Equal(3, result.Pairs.Count);
    }

    [Fact]
    public void A_missing_part_in_a_numbered_series_is_reported()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("takeout-20240712T112341Z-001.zip"), Photos(1));
        ArchiveWriter.Zip(dir.File("takeout-20240712T112341Z-003.zip"), Photos(1, 5));
        ArchiveWriter.Tgz(dir.File("takeout-20240712T112341Z-004.tgz"), Photos(1, 9));

        var result = Scan(dir.File("takeout-20240712T112341Z-003.zip"), dir.File("takeout-20240712T112341Z-001.zip"), dir.File("takeout-20240712T112341Z-004.tgz"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Part);
        Assert.Contains("missing part 002", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AppleDouble_and_desktop_junk_are_ignored()
    {
        using var dir = new TempDir();
        var entries = Photos(1);
        entries.Add(new ArchiveEntry($"{Year}._IMG_0000.jpg", [0, 5, 22, 7]));
        entries.Add(new ArchiveEntry($"{Year}._IMG_0000.jpg.json", [0, 5, 22, 7]));
        entries.Add(new ArchiveEntry($"__MACOSX/{Year}._IMG_0000.jpg", [0, 5, 22, 7]));
        entries.Add(new ArchiveEntry($"{Year}.DS_Store", [0]));
        ArchiveWriter.Zip(dir.File("a.zip"), entries);

        var result = Scan(dir.File("a.zip"));

        var pair = Assert.Single(result.Pairs);
        Assert.Equal($"{Year}IMG_0000.jpg.json", pair.Sidecar?.Path);
        Assert.Empty(result.Problems);
        Assert.Empty(result.OrphanSidecars);
    }

    [Fact]
    public void Malformed_json_is_reported_per_file_and_still_paired_by_name()
    {
        using var dir = new TempDir();
        var entries = Photos(1);
        entries.Add(new ArchiveEntry($"{Year}IMG_9999.jpg", [1, 2, 3]));
        entries.Add(new ArchiveEntry($"{Year}IMG_9999.jpg.json", "{\"title\": \"IMG_9999.jpg\", "u8.ToArray()));
        ArchiveWriter.Tgz(dir.File("a.tgz"), entries);

        var result = Scan(dir.File("a.tgz"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal($"{Year}IMG_9999.jpg.json", problem.Entry);
        Assert.Contains("invalid JSON", problem.Message, StringComparison.Ordinal);
        var pair = result.Pairs.Single(p => p.Media.Path.EndsWith("IMG_9999.jpg", StringComparison.Ordinal));
        Assert.Equal($"{Year}IMG_9999.jpg.json", pair.Sidecar?.Path);
        Assert.Null(pair.SidecarData);
    }

    [Fact]
    public void Hostile_parts_in_any_order_give_the_same_pairs()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Photos(5));
        ArchiveWriter.Tgz(dir.File("b.tgz"), Photos(5, 5));
        File.WriteAllText(dir.File("c.zip"), "junk");
        var bytes = File.ReadAllBytes(dir.File("a.zip"));
        File.WriteAllBytes(dir.File("d.zip"), bytes[..(bytes.Length / 2)]);
        string[] parts = [dir.File("a.zip"), dir.File("b.tgz"), dir.File("c.zip"), dir.File("d.zip")];

        var expected = Lines(Scan(parts));
        Assert.Equal(expected, Lines(Scan([.. parts.Reverse()])));
        Assert.Equal(expected, Lines(Scan(parts[2], parts[0], parts[3], parts[1])));
    }

    private static List<string> Lines(TakeoutScanResult result) =>
        result.Pairs.Select(p => $"{p.Media.Path}|{p.Sidecar?.Path}|{p.Rule}").Distinct().Order(StringComparer.Ordinal).ToList();
}
