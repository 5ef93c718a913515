using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EnteTui.Core.Tests.Takeout.Properties;

/// <summary>
/// FsCheck properties of the whole scan over generated split Takeouts written as real zip/tgz parts.
/// The one rule that lets two media share a sidecar is borrowing (edited copy, live-photo or motion
/// video takes its original's or still's sidecar for date and place); as an own sidecar each is used once.
/// Set ENTE_TUI_SOAK=1 for a long run (2,000 cases).
/// </summary>
public class MatcherPropertyTests
{
    [Property(MaxTest = 40, Arbitrary = [typeof(SplitTakeoutArbitrary)])]
    public void Never_a_pair_across_folders_never_a_shared_own_sidecar_never_a_wrong_pair(SplitTakeoutCase takeout) => Check(takeout, checkOrder: false);

    [Property(MaxTest = 25, Arbitrary = [typeof(SplitTakeoutArbitrary)])]
    public void The_order_of_the_parts_never_changes_the_result(SplitTakeoutCase takeout) => Check(takeout, checkOrder: true);

    [SkippableFact]
    public void Soak_many_generated_takeouts_when_ENTE_TUI_SOAK_is_set()
    {
        Skip.If(Environment.GetEnvironmentVariable("ENTE_TUI_SOAK") != "1", "the 2,000-case soak runs only with ENTE_TUI_SOAK=1");

        var config = Config.QuickThrowOnFailure.WithMaxTest(2000).WithArbitrary([typeof(SplitTakeoutArbitrary)]);
        FsCheck.Check.One(config, Prop.ForAll(SplitTakeoutArbitrary.Case(), (SplitTakeoutCase t) => Check(t, checkOrder: true)));
    }

    private static void Check(SplitTakeoutCase takeout, bool checkOrder)
    {
        using var dir = new TempDir();
        var parts = new List<string>();
        for (var part = 0; part < takeout.ZipParts.Count; part++)
        {
            var path = dir.File(takeout.ZipParts[part] ? $"part{part}.zip" : $"part{part}.tgz");
            if (takeout.ZipParts[part])
            {
                ArchiveWriter.Zip(path, takeout.EntriesOf(part));
            }
            else
            {
                ArchiveWriter.Tgz(path, takeout.EntriesOf(part));
            }

            parts.Add(path);
        }

        var result = Scan(parts);
        var expected = takeout.Files.ToDictionary(f => $"{SplitTakeoutCase.Root}{f.Folder}/{f.Named.Media}".Normalize(), f => f.Named.Sidecar.Normalize());
        foreach (var pair in result.Pairs.Where(p => p.IsMatched))
        {
            Assert.True(pair.Sidecar!.Folder == pair.Media.Folder, $"across folders: {pair.Media.Path} -> {pair.Sidecar.Path}");
            Assert.True(pair.Sidecar.FileName.Normalize() == expected[pair.Media.Path.Normalize()], $"wrong pair: {pair.Media.Path} -> {pair.Sidecar.Path} ({pair.Rule})");
        }

        var shared = result.Pairs.Where(p => p.IsMatched && !p.IsBorrowed).GroupBy(p => p.Sidecar!.Path).FirstOrDefault(g => g.Select(p => p.Media.Path).Distinct().Count() > 1);
        Assert.True(shared is null, $"one own sidecar for several media: {shared?.Key} <- {string.Join(", ", shared?.Select(p => p.Media.Path) ?? [])}");
        if (checkOrder)
        {
            var reordered = Scan(takeout.PartOrder.Select(i => parts[i]).ToList());
            Assert.Equal(Lines(result), Lines(reordered));
        }
    }

    private static TakeoutScanResult Scan(IReadOnlyList<string> parts) => new TakeoutScanner(new ScanOptions { ReadExif = false, Parallelism = 1 }).Scan(parts);

    private static List<string> Lines(TakeoutScanResult result) =>
        result.Pairs.Select(p => $"{p.Media.Path}|{p.Sidecar?.Path}|{p.Rule}|{string.Join(",", p.Candidates)}").Distinct().Order(StringComparer.Ordinal)
            .Concat(result.OrphanSidecars.Select(o => "orphan " + o.Path).Distinct().Order(StringComparer.Ordinal)).ToList();
}
