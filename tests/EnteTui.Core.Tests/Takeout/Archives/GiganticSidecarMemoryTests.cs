using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Takeout.Support;

namespace EnteTui.Core.Tests.Takeout.Archives;

/// <summary>
/// 50 MB sidecars (honest and with a lying declared size, in zip and tgz) cost the scan a bounded
/// amount of memory. Runs alone (its own collection) so the process-wide allocation count is its own.
/// </summary>
[Collection(nameof(GiganticSidecarMemoryTests))]
[CollectionDefinition(nameof(GiganticSidecarMemoryTests), DisableParallelization = true)]
public class GiganticSidecarMemoryTests
{
    private const string Year = "Takeout/Google Photos/Photos from 2020/";
    private const long Bound = 80L << 20;

    [Fact]
    public void Scanning_50_MB_sidecars_allocates_a_bounded_amount()
    {
        using var dir = new TempDir();
        var huge = HostileCorpusTests.HugeJson(50 << 20);
        var entries = new List<ArchiveEntry>();
        for (var i = 0; i < 2; i++)
        {
            entries.Add(new ArchiveEntry(Year + $"IMG_{i}.jpg", [0xFF, 0xD8, 1]));
            entries.Add(new ArchiveEntry(Year + $"IMG_{i}.jpg.json", huge));
        }

        ArchiveWriter.Zip(dir.File("a.zip"), entries);
        ZipPatcher.DeclareSize(dir.File("a.zip"), Year + "IMG_1.jpg.json", 300);
        ArchiveWriter.Tgz(dir.File("b.tgz"), entries.Select(e => e with { Name = e.Name.Replace("IMG_", "PXL_", StringComparison.Ordinal) }));
        huge = null;
        entries.Clear();
        GC.Collect();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = new TakeoutScanner(new ScanOptions()).Scan([dir.File("a.zip"), dir.File("b.tgz")]);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(4, result.Problems.Count(p => p.Entry?.EndsWith(".json", StringComparison.Ordinal) == true));
        Assert.True(allocated < Bound, $"the scan allocated {allocated / 1_048_576} MiB for 200 MB of sidecars (bound {Bound / 1_048_576} MiB)");
    }
}
