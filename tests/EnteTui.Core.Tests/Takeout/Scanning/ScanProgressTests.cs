using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Takeout.State;
using EnteTui.Core.Tests.Support;
using EnteTui.Core.Tests.Takeout.Support;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Core.Tests.Takeout.Scanning;

/// <summary>The scan's progress: part i of n, bytes of the parts' total, entries so far, rate and ETA on a fake clock.</summary>
public class ScanProgressTests
{
    private const string Root = "Takeout/Google Photos/Photos from 2019/";

    private static IEnumerable<ArchiveEntry> Photos(string prefix, int count, int size) => Enumerable.Range(0, count).Select(i =>
    {
        var bytes = new byte[size];
        new Random(i).NextBytes(bytes);
        return new ArchiveEntry($"{Root}{prefix}{i:000}.jpg", bytes);
    });

    [Fact]
    public void Rate_and_eta_come_from_the_bytes_read_on_the_clock_given()
    {
        var clock = new FakeTimeProvider();
        var tracker = new ScanProgressTracker(clock);
        var parts = tracker.Begin([StandInParts.Tgz(1, 30_000_000), StandInParts.Tgz(2, 30_000_000)]);

        parts[0].Start();
        for (var second = 1; second <= 10; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            parts[0].Advance(2_000_000);
            parts[0].Listed(second * 100);
            tracker.Snapshot();
        }

        var progress = tracker.Snapshot();
        Assert.Equal((ScanPhase.Reading, 0, 2, 1, 1), (progress.Phase, progress.PartsDone, progress.PartsTotal, progress.CurrentPartNumber, progress.PartsReading));
        Assert.Equal((20_000_000L, 60_000_000L, 1000L), (progress.BytesRead, progress.BytesTotal, progress.Entries));
        Assert.Equal(2_000_000, progress.BytesPerSecond, 1);
        Assert.Equal(TimeSpan.FromSeconds(20), progress.Eta);
        Assert.Equal(TimeSpan.FromSeconds(10), progress.Elapsed);
    }

    [Fact]
    public void A_listing_from_the_cache_counts_as_read_but_not_towards_the_rate()
    {
        var clock = new FakeTimeProvider();
        var tracker = new ScanProgressTracker(clock);
        var parts = tracker.Begin([StandInParts.Tgz(1, 50_000_000), StandInParts.Tgz(2, 10_000_000)]);

        parts[0].Start();
        parts[0].Finish(5000, fromCache: true);
        parts[1].Start();
        tracker.Snapshot();
        clock.Advance(TimeSpan.FromSeconds(5));
        parts[1].Advance(5_000_000);

        var progress = tracker.Snapshot();
        Assert.Equal((1, 2, 55_000_000L, 5000L), (progress.PartsDone, progress.CurrentPartNumber, progress.BytesRead, progress.Entries));
        Assert.Equal(1_000_000, progress.BytesPerSecond, 1);
        Assert.Equal(TimeSpan.FromSeconds(5), progress.Eta);
    }

    [Fact]
    public void No_eta_before_anything_was_read()
    {
        var tracker = new ScanProgressTracker(new FakeTimeProvider());
        tracker.Begin([StandInParts.Tgz(1, 1_000_000)]);

        Assert.Null(tracker.Snapshot().Eta);
    }

    [Fact]
    public void A_real_scan_reports_each_part_its_bytes_and_entries_as_they_are_read_then_the_pairing()
    {
        using var dir = new TempDir();
        ArchiveWriter.Tgz(dir.File("takeout-001.tgz"), Photos("a", 40, 50_000));
        ArchiveWriter.Zip(dir.File("takeout-002.zip"), Photos("b", 10, 20_000));
        var clock = new FakeTimeProvider();
        var reports = new List<ScanProgress>();
        var tracker = new ScanProgressTracker(clock, new SynchronousProgress<ScanProgress>(p =>
        {
            reports.Add(p);
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }), TimeSpan.Zero);

        var result = new TakeoutScanner(new ScanOptions { Parallelism = 1 }, null, tracker).Scan([dir.File("takeout-001.tgz"), dir.File("takeout-002.zip")]);

        var total = new FileInfo(dir.File("takeout-001.tgz")).Length + new FileInfo(dir.File("takeout-002.zip")).Length;
        var reading = reports.Where(r => r.Phase == ScanPhase.Reading).ToList();
        Assert.All(reports, r => Assert.Equal((2, total), (r.PartsTotal, r.BytesTotal)));
        Assert.Contains(reading, r => r.CurrentPartNumber == 1 && r.BytesRead > 0 && r.BytesRead < new FileInfo(dir.File("takeout-001.tgz")).Length && r.Entries is > 0 and < 40);
        Assert.Contains(reading, r => r.CurrentPartNumber == 1 && r.Eta is not null && r.BytesPerSecond > 0);
        Assert.Contains(reading, r => r.CurrentPartNumber == 2 && r.PartsDone == 1);
        Assert.Equal(reading.Select(r => r.BytesRead).Order(), reading.Select(r => r.BytesRead));
        Assert.Equal(reading.Select(r => r.Entries).Order(), reading.Select(r => r.Entries));
        Assert.Equal([ScanPhase.Reading, ScanPhase.Matching, ScanPhase.Done], reports.Select(r => r.Phase).Distinct());
        var done = reports[^1];
        Assert.Equal((ScanPhase.Done, 2, total, 50L), (done.Phase, done.PartsDone, done.BytesRead, done.Entries));
        Assert.Equal(50, result.Pairs.Count);
    }

    [Fact]
    public void A_second_scan_takes_the_listings_from_the_cache_and_still_reports_every_part()
    {
        using var dir = new TempDir();
        ArchiveWriter.Tgz(dir.File("takeout-001.tgz"), Photos("a", 5, 1000));
        using var cache = new TakeoutStateStore(dir.File("state.db"));
        new TakeoutScanner(new ScanOptions(), cache).Scan([dir.File("takeout-001.tgz")]);
        var tracker = new ScanProgressTracker(new FakeTimeProvider());

        new TakeoutScanner(new ScanOptions(), cache, tracker).Scan([dir.File("takeout-001.tgz")]);

        var progress = tracker.Snapshot();
        Assert.Equal((ScanPhase.Done, 1, 5L), (progress.Phase, progress.PartsDone, progress.Entries));
        Assert.Equal(progress.BytesTotal, progress.BytesRead);
        Assert.Equal(0, progress.BytesPerSecond);
    }
}
