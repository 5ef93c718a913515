using System.Collections.Concurrent;
using EnteTui.Core.Import;
using EnteTui.Core.Progress;
using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Tests.Support;
using EnteTui.Core.Tests.Takeout.Support;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Core.Tests.Progress;

/// <summary>The one rule of when a tracker reports, on a fake clock: alone, and inside the import's and the scan's trackers.</summary>
public class ProgressThrottleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public void Reports_at_most_once_per_interval()
    {
        var clock = new FakeTimeProvider();
        var reports = new List<long>();
        var throttle = new ProgressThrottle<long>(clock, Interval, new SynchronousProgress<long>(reports.Add), now => now);

        for (var step = 0; step <= 40; step++)
        {
            throttle.Changed(force: false);
            throttle.Changed(force: false);
            clock.Advance(TimeSpan.FromMilliseconds(50));
        }

        Assert.Equal(9, reports.Count);
        Assert.All(reports.Zip(reports.Skip(1)), pair => Assert.True(clock.GetElapsedTime(pair.First, pair.Second) >= Interval));
    }

    [Fact]
    public void A_forced_report_is_always_made_and_starts_a_new_interval()
    {
        var clock = new FakeTimeProvider();
        var reports = new List<long>();
        var throttle = new ProgressThrottle<long>(clock, Interval, new SynchronousProgress<long>(reports.Add), now => now);

        throttle.Changed(force: false);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        throttle.Changed(force: true);
        throttle.Changed(force: true);
        clock.Advance(TimeSpan.FromMilliseconds(200));
        throttle.Changed(force: false);
        clock.Advance(TimeSpan.FromMilliseconds(50));
        throttle.Changed(force: false);

        Assert.Equal(4, reports.Count);
    }

    [Fact]
    public void The_import_tracker_ends_with_a_report_of_every_byte_added_in_parallel()
    {
        var clock = new FakeTimeProvider();
        var reports = new ConcurrentQueue<ImportProgress>();
        var inSink = 0;
        var mostInSink = 0;
        var tracker = new ProgressTracker(8, 8 * 1000 * 100, new SynchronousProgress<ImportProgress>(r =>
        {
            var now = Interlocked.Increment(ref inSink);
            InterlockedMax(ref mostInSink, now);
            reports.Enqueue(r);
            Interlocked.Decrement(ref inSink);
        }), clock);

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            tracker.Started($"{worker}.jpg");
            for (var chunk = 0; chunk < 1000; chunk++)
            {
                tracker.AddBytes(100, uploadedNow: true);
                if (worker == 0 && chunk % 10 == 0)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(100));
                }
            }

            tracker.Finished($"{worker}.jpg", newUploads: 1, alreadyPresent: 0);
        });
        tracker.Report(force: true);

        var last = reports.Last();
        Assert.Equal((8, 8, 800_000L), (last.DoneItems, last.Uploaded, last.DoneBytes));
        Assert.Empty(last.Current);
        Assert.Equal(1, mostInSink);
        Assert.InRange(reports.Count, 17, 17 + 51);
    }

    [Fact]
    public void The_scan_tracker_reports_every_entry_counted_in_parallel_at_the_end()
    {
        var clock = new FakeTimeProvider();
        var reports = new ConcurrentQueue<ScanProgress>();
        var tracker = new ScanProgressTracker(clock, new SynchronousProgress<ScanProgress>(reports.Enqueue));
        var parts = tracker.Begin(Enumerable.Range(1, 4).Select(n => StandInParts.Tgz(n, 1_000_000)).ToList());

        Parallel.ForEach(parts, new ParallelOptions { MaxDegreeOfParallelism = 4 }, part =>
        {
            part.Start();
            for (var entry = 1; entry <= 5000; entry++)
            {
                part.Listed(entry, compressedBytes: 100);
                if (part.Part.Number == 1 && entry % 100 == 0)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(100));
                }
            }
        });
        var beforeTheEnd = reports.Count;
        tracker.Enter(ScanPhase.Done);

        var last = reports.Last();
        Assert.Equal(ScanPhase.Done, last.Phase);
        Assert.Equal((20_000L, 2_000_000L), (last.Entries, last.BytesRead));
        Assert.Equal(beforeTheEnd + 1, reports.Count);
        Assert.InRange(beforeTheEnd, 5, 5 + 21);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var actual && actual != seen)
        {
            seen = actual;
        }
    }
}
