using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Scanning;

/// <summary>The import opens each entry straight from its part: zip, tgz (any order) and folders.</summary>
public class EntryStreamsTests
{
    private static List<ArchiveEntry> Entries(string tag) => Enumerable.Range(0, 30)
        .Select(i => new ArchiveEntry($"Takeout/Google Photos/Photos from 2020/{tag}{i:00}.jpg", Enumerable.Range(0, 1000 + (i * 7919)).Select(b => (byte)(b * i)).ToArray()))
        .ToList();

    [Fact]
    public async Task Every_entry_opens_with_its_exact_bytes_in_any_order()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries("z"));
        ArchiveWriter.Tgz(dir.File("b.tgz"), Entries("t"));
        ArchiveWriter.Folder(dir.File("Takeout-folder"), Entries("f"));
        var expected = Entries("z").Concat(Entries("t")).Concat(Entries("f")).ToDictionary(e => e.Name, e => e.Content);

        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.zip"), dir.File("b.tgz"), dir.File("Takeout-folder")]);
        Assert.Equal(90, result.Pairs.Count);
        using var source = result.OpenSource();
        var order = result.Pairs.OrderBy(p => p.Media.Ordinal).Concat(result.Pairs.OrderByDescending(p => p.Media.Ordinal)).ToList();
        foreach (var pair in order)
        {
            await using var stream = await source.OpenEntryAsync(pair.Media.Ref);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(expected[pair.Media.Path], copy.ToArray());
        }

        await Parallel.ForEachAsync(result.Pairs, async (pair, ct) =>
        {
            await using var stream = await source.OpenEntryAsync(pair.Media.Ref, ct);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            Assert.Equal(expected[pair.Media.Path].Length, copy.Length);
        });
    }

    [Fact]
    public async Task A_part_that_changed_since_the_scan_is_an_error_not_wrong_bytes()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries("z"));
        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.zip")]);
        ArchiveWriter.Zip(dir.File("a.zip"), Entries("other"));
        using var source = result.OpenSource();
        await Assert.ThrowsAsync<InvalidDataException>(() => source.OpenEntryAsync(result.Pairs[0].Media.Ref));
    }

    [Fact]
    public async Task An_entry_opens_only_at_its_own_position_and_path()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries("z"));
        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.zip")]);
        using var source = result.OpenSource();
        var (first, second) = (result.Pairs[0].Media.Ref, result.Pairs[1].Media.Ref);
        await Assert.ThrowsAsync<InvalidDataException>(() => source.OpenEntryAsync(first with { Path = second.Path }));
        await Assert.ThrowsAsync<InvalidDataException>(() => source.OpenEntryAsync(first with { Ordinal = 10_000 }));
        await Assert.ThrowsAsync<InvalidDataException>(() => source.OpenEntryAsync(first with { Part = 2 }));
        await using var stream = await source.OpenEntryAsync(second);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(result.Pairs[1].Media.Size, copy.Length);
    }
}
