using EnteTui.Core.Storage;
using EnteTui.Core.Takeout.Matching;
using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Takeout.State;
using EnteTui.Core.Tests.Takeout.Support;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Takeout.State;

/// <summary>Scan state in LiteDB: listings keyed by path + size + mtime, and manual resolutions.</summary>
public class TakeoutStateStoreTests
{
    private const string Y = "Takeout/Google Photos/Photos from 2019/";

    private static List<ArchiveEntry> Entries() =>
    [
        new(Y + "IMG_1.jpg", MediaFactory.Jpeg(8, 8, 1, ExifData.Taken(new DateTime(2019, 1, 2, 3, 4, 5), "+01:00"))),
        new(Y + "IMG_1.jpg.json", SidecarJson.Media("IMG_1.jpg", 1_546_398_245, 45.5, 9.25, "caption", favorited: true)),
        new(Y + "IMG_2.jpg", MediaFactory.Jpeg(8, 8, 2, ExifData.Taken(new DateTime(2019, 1, 3, 3, 4, 5)))),
        new(Y + "IMG_3.jpg.json", SidecarJson.Media("IMG_3.jpg", 7)),
        new(Y + "broken.jpg.json", "{"u8.ToArray()),
    ];

    [Fact]
    public void Unchanged_parts_come_from_the_cache_with_the_same_result()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries());
        ArchiveWriter.Tgz(dir.File("b.tgz"), Entries().Select(e => e with { Name = e.Name.Replace("2019/", "2019/t", StringComparison.Ordinal) }));
        ArchiveWriter.Folder(dir.File("f"), [new("Takeout/Google Photos/Photos from 2019/x.jpg", [1])]);
        string[] parts = [dir.File("a.zip"), dir.File("b.tgz"), dir.File("f")];
        var paths = AppPaths.Resolve(n => n == AppPaths.HomeVariable ? dir.File("home") : null);

        TakeoutScanResult first, second;
        using (var store = TakeoutStateStore.Open(paths))
        {
            first = new TakeoutScanner(new ScanOptions(), store).Scan(parts);
        }

        using (var store = TakeoutStateStore.Open(paths))
        {
            second = new TakeoutScanner(new ScanOptions(), store).Scan([.. parts.Reverse()]);
        }

        Assert.True(File.Exists(Path.Combine(paths.StateDir, TakeoutStateStore.FileName)));
        Assert.All(first.Parts, p => Assert.False(p.FromCache));
        Assert.Equal([false, true, true], second.Parts.Select(p => p.FromCache));
        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(first.Problems.Select(p => p.Message).Order(), second.Problems.Select(p => p.Message).Order());
        var tgzPair = second.Pairs.Single(p => p.Media.FileName == "tIMG_2.jpg");
        Assert.Equal(new DateTimeOffset(2019, 1, 3, 3, 4, 5, TimeSpan.Zero), tgzPair.Date.Value);
        var own = second.Pairs.Single(p => p.Media.FileName == "IMG_1.jpg").OwnSidecar!;
        Assert.Equal(("caption", true, 45.5), (own.Description, own.Favorited, own.Location!.Latitude));
    }

    [Fact]
    public void A_changed_part_is_read_again()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries());
        using var store = new TakeoutStateStore(dir.File("state/takeout.db"));
        new TakeoutScanner(new ScanOptions(), store).Scan([dir.File("a.zip")]);

        ArchiveWriter.Zip(dir.File("a.zip"), Entries().Take(2));
        File.SetLastWriteTimeUtc(dir.File("a.zip"), DateTime.UtcNow.AddMinutes(5));
        var again = new TakeoutScanner(new ScanOptions(), store).Scan([dir.File("a.zip")]);

        Assert.False(again.Parts[0].FromCache);
        Assert.Equal(2, again.Parts[0].Entries);
    }

    [Fact]
    public void Resolutions_are_kept_per_set_of_parts_and_applied()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries());
        var dbPath = dir.File("state/takeout.db");
        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.zip")]);
        using (var store = new TakeoutStateStore(dbPath))
        {
            store.SaveResolution(result.SessionKey, Y + "IMG_2.jpg", Y + "IMG_3.jpg.json");
            store.SaveResolution(result.SessionKey, Y + "IMG_1.jpg", null);
            store.SaveResolution("another session", Y + "IMG_1.jpg", Y + "IMG_3.jpg.json");
        }

        using var reopened = new TakeoutStateStore(dbPath);
        var decisions = reopened.GetResolutions(result.SessionKey);
        Assert.Equal(2, decisions.Count);
        var applied = ScanResolutions.Apply(result, decisions);

        var manual = applied.Pairs.Single(p => p.Media.FileName == "IMG_2.jpg");
        Assert.Equal((Y + "IMG_3.jpg.json", MatchRules.Manual, DateTimeOffset.FromUnixTimeSeconds(7)), (manual.Sidecar?.Path, manual.Rule, manual.Date.Value));
        Assert.Equal(MatchRules.Skipped, applied.Pairs.Single(p => p.Media.FileName == "IMG_1.jpg").Rule);
        Assert.DoesNotContain(applied.OrphanSidecars, o => o.Path == Y + "IMG_3.jpg.json");

        reopened.RemoveResolution(result.SessionKey, Y + "IMG_1.jpg");
        Assert.Single(reopened.GetResolutions(result.SessionKey));
    }

    [Fact]
    public void A_resolutions_file_is_read_and_unknown_sidecars_are_reported()
    {
        using var dir = new TempDir();
        ArchiveWriter.Zip(dir.File("a.zip"), Entries());
        File.WriteAllText(dir.File("r.json"), $$"""{"{{Y}}IMG_2.jpg": "{{Y}}nope.json", "{{Y}}IMG_1.jpg": null}""");
        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.zip")]);

        var applied = ScanResolutions.Apply(result, ScanResolutions.ReadFile(dir.File("r.json")));

        Assert.Contains(applied.Problems, p => p.Entry == Y + "IMG_2.jpg" && p.Message.Contains("nope.json", StringComparison.Ordinal));
        Assert.Equal(MatchRules.Skipped, applied.Pairs.Single(p => p.Media.FileName == "IMG_1.jpg").Rule);
    }

    private static List<string> Describe(TakeoutScanResult result) =>
        result.Pairs.Select(p => $"{p.Media.Path}|{p.Sidecar?.Path}|{p.Rule}|{p.Date}|{p.SidecarData}").Order(StringComparer.Ordinal).ToList();
}
