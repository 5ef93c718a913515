using EnteTui.Core.Import;
using EnteTui.Core.Progress;
using EnteTui.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Core.Tests.Progress;

/// <summary>The one rate/ETA meter, driven by a fake clock, alone and inside the import's tracker.</summary>
public class ProgressMeterTests
{
    [Fact]
    public void Rate_follows_the_last_window_and_the_eta_follows_the_rate()
    {
        var meter = new RateMeter(TimeSpan.FromSeconds(10));

        for (var second = 0; second <= 10; second++)
        {
            meter.Add(TimeSpan.FromSeconds(second), second * 1_000_000L);
        }

        Assert.Equal(1_000_000, meter.BytesPerSecond, 1);
        Assert.Equal(TimeSpan.FromSeconds(30), meter.Eta(30_000_000));

        for (var second = 11; second <= 30; second++)
        {
            meter.Add(TimeSpan.FromSeconds(second), 10_000_000L + ((second - 10) * 100_000L));
        }

        Assert.Equal(100_000, meter.BytesPerSecond, 1);
    }

    [Fact]
    public void No_rate_and_no_eta_before_any_progress()
    {
        var meter = new RateMeter();

        meter.Add(TimeSpan.Zero, 0);
        meter.Add(TimeSpan.FromSeconds(5), 0);

        Assert.Equal(0, meter.BytesPerSecond);
        Assert.Null(meter.Eta(1000));
    }

    [Fact]
    public void The_import_tracker_reports_a_real_rate_and_eta_on_the_clock_it_is_given()
    {
        var clock = new FakeTimeProvider();
        var reports = new List<ImportProgress>();
        var tracker = new ProgressTracker(10, 10_000_000, new SynchronousProgress<ImportProgress>(reports.Add), clock);

        tracker.Started("a.jpg");
        for (var i = 0; i < 4; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            tracker.AddBytes(1_000_000, uploadedNow: true);
        }

        var last = tracker.Snapshot();
        Assert.Equal(1_000_000, last.BytesPerSecond, 1);
        Assert.Equal(TimeSpan.FromSeconds(6), last.Eta);
        Assert.Equal(TimeSpan.FromSeconds(4), last.Elapsed);
        Assert.Contains(reports, r => r.BytesPerSecond > 0);
    }
}
