using System.Text;
using EnteTui.Core.Export;
using EnteTui.Core.Tests.Export.Support;
using EnteTui.Core.Tests.Support;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Export;

public class ExportRobustnessTests
{
    [Fact]
    public async Task Disk_full_stops_the_run_cleanly_with_no_temp_files_and_the_state_intact()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        h.Library.AddFile(trip, "a.jpg", Encoding.ASCII.GetBytes("a"));
        var full = h.Library.AddFile(trip, "b.jpg", Encoding.ASCII.GetBytes("b"));
        h.Library.DownloadFault = id => id == full ? new IOException("No space left on device", 28) : null;

        var result = await h.RunAsync(o => o with { Parallel = 1 });

        Assert.Equal(ExportOutcome.DiskFull, result.Outcome);
        Assert.DoesNotContain(h.Tree().Keys, k => k.Contains(LeftoverFiles.PartialSuffix));
        h.Library.DownloadFault = null;
        var downloads = h.Library.Downloads;
        Assert.Equal(ExportOutcome.Completed, (await h.RunAsync()).Outcome);
        Assert.Equal(downloads + 1, h.Library.Downloads);
    }

    [Fact]
    public async Task Leftover_temp_files_from_a_crash_are_removed_on_the_next_start()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        h.Library.AddFile(trip, "a.jpg", Encoding.ASCII.GetBytes("a"));
        await h.RunAsync();
        File.WriteAllText(Path.Combine(h.Root, "Trip", LeftoverFiles.NewTempName(5)), "partial");
        File.WriteAllText(Path.Combine(h.Root, "Trip", ".meta", LeftoverFiles.NewTempName(5)), "partial");

        await h.RunAsync();

        Assert.DoesNotContain(h.Tree().Keys, k => k.Contains(LeftoverFiles.PartialSuffix));
    }

    [Fact]
    public async Task Watch_runs_again_after_the_interval_and_picks_up_new_files()
    {
        var interval = TimeSpan.FromMinutes(15);
        var clock = new TimerWatchingClock();
        using var h = new ExportHarness(time: clock);
        var trip = h.Library.AddAlbum("Trip");
        h.Library.AddFile(trip, "a.jpg", Encoding.ASCII.GetBytes("a"));
        using var cancel = new CancellationTokenSource();
        var runs = 0;

        var watching = h.Service.WatchAsync(h.Session, h.Options(), interval, result =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                h.Library.AddFile(trip, "b.jpg", Encoding.ASCII.GetBytes("b"));
            }
            else
            {
                cancel.Cancel();
            }
        }, cancellationToken: cancel.Token);

        await clock.WaitForTimerAsync(interval);
        clock.Advance(interval - TimeSpan.FromSeconds(1));
        Assert.Equal(1, Volatile.Read(ref runs));
        Assert.False(File.Exists(Path.Combine(h.Root, "Trip", "b.jpg")), "the second run came before the interval");

        clock.Advance(TimeSpan.FromSeconds(1));
        await watching.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, runs);
        Assert.True(File.Exists(Path.Combine(h.Root, "Trip", "b.jpg")));
    }

    [Fact]
    public async Task Progress_reports_files_bytes_and_albums()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        h.Library.AddFile(trip, "a.jpg", new byte[1000]);
        var reports = new List<ExportProgress>();
        var progress = new SynchronousProgress<ExportProgress>(r =>
        {
            lock (reports)
            {
                reports.Add(r);
            }
        });

        await h.Service.RunAsync(h.Session, h.Options(), progress);

        var last = reports[^1];
        Assert.Equal(ExportPhase.Done, last.Phase);
        Assert.Equal((1, 1), (last.FilesTotal, last.FilesDone));
        Assert.True(last.BytesDone >= 1000);
        Assert.Equal("Trip", Assert.Single(last.Albums).Album);
    }

    [Fact]
    public async Task Albums_are_listed_with_counts_and_export_state()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        h.Library.AddAlbum("Secret", visibility: 2);
        h.Library.AddFile(trip, "a.jpg", new byte[10]);
        await h.RunAsync();

        var albums = h.Service.ListAlbums(h.Library.UserId, h.Root);

        var listed = albums.Single(a => a.Name == "Trip");
        Assert.Equal((1, 1, "Trip"), (listed.FileCount, listed.ExportedCount, listed.ExportFolder));
        Assert.True(albums.Single(a => a.Name == "Secret").IsHidden);
        Assert.Equal("Completed", h.Service.LastRun(h.Library.UserId, h.Root)!.Outcome);
    }

    [Fact]
    public async Task Set_mtime_uses_the_capture_time_and_old_trash_days_are_pruned()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        h.Library.AddFile(trip, "a.jpg", Encoding.ASCII.GetBytes("a"), creationTime: 1_500_000_000_000_000);
        var old = Path.Combine(h.Root, ExportPlanner.TrashFolder, "2001-01-01", "Trip");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "x.jpg"), "x");

        await h.RunAsync(o => o with { SetMtime = true, TrashDays = 30 });

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_500_000_000).UtcDateTime, File.GetLastWriteTimeUtc(Path.Combine(h.Root, "Trip", "a.jpg")));
        Assert.False(Directory.Exists(Path.Combine(h.Root, ExportPlanner.TrashFolder, "2001-01-01")));
    }
}
