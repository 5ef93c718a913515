using System.Text;
using System.Text.Json;
using EnteTui.Core.Export;
using EnteTui.Core.Tests.Export.Support;

namespace EnteTui.Core.Tests.Export;

public class ExportServiceTests
{
    private static readonly byte[] Jpeg = Encoding.ASCII.GetBytes("jpeg bytes");

    [Fact]
    public async Task First_export_writes_albums_files_sidecars_and_splits_live_photos()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip: Rome?");
        var best = h.Library.AddAlbum("Best");
        var shared = h.Library.AddAlbum("From Ann", shared: true);
        h.Library.AddAlbum("Secret", visibility: 2);
        var photo = h.Library.AddFile(trip, "IMG_1.JPG", Jpeg);
        h.Library.AddToAlbum(best, photo);
        h.Library.AddFile(trip, "../../evil.jpg", Encoding.ASCII.GetBytes("evil"));
        h.Library.AddFile(trip, "LIVE.HEIC", FakeEnteLibrary.LivePhotoZip(Encoding.ASCII.GetBytes("img"), Encoding.ASCII.GetBytes("vid"), "image.heic", "video.mov"), fileType: 2);
        h.Library.AddFile(shared, "ann.jpg", Encoding.ASCII.GetBytes("ann"));

        var result = await h.RunAsync();

        Assert.Equal(ExportOutcome.Completed, result.Outcome);
        Assert.Equal(4, h.Library.Downloads);
        Assert.Equal(Jpeg, File.ReadAllBytes(Path.Combine(h.Root, "Trip_ Rome_", "IMG_1.JPG")));
        Assert.Equal(Jpeg, File.ReadAllBytes(Path.Combine(h.Root, "Best", "IMG_1.JPG")));
        Assert.Equal("evil", File.ReadAllText(Path.Combine(h.Root, "Trip_ Rome_", "evil.jpg")));
        Assert.Equal("img", File.ReadAllText(Path.Combine(h.Root, "Trip_ Rome_", "LIVE.heic")));
        Assert.Equal("vid", File.ReadAllText(Path.Combine(h.Root, "Trip_ Rome_", "LIVE.mov")));
        Assert.Equal("ann", File.ReadAllText(Path.Combine(h.Root, "From Ann", "ann.jpg")));
        Assert.False(Directory.Exists(Path.Combine(h.Root, "Secret")));
        using var sidecar = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(h.Root, "Trip_ Rome_", ".meta", "LIVE.mov.json")));
        Assert.Equal("LIVE.HEIC", sidecar.RootElement.GetProperty("title").GetString());
        Assert.Equal(["LIVE.heic", "LIVE.mov"], sidecar.RootElement.GetProperty("ente").GetProperty("fileNames").EnumerateArray().Select(e => e.GetString()!));
        Assert.True(File.Exists(Path.Combine(h.Root, "Best", ".meta", "album_meta.json")));
        Assert.DoesNotContain(h.Tree().Keys, k => k.Contains(LeftoverFiles.PartialSuffix) || k.StartsWith(".trash"));

        h.Restart();
        var again = await h.RunAsync();
        Assert.Equal(4, h.Library.Downloads);
        Assert.Equal(0, again.Counters.SidecarsWritten);
    }

    [Fact]
    public async Task Mutations_are_mirrored_without_downloading_again()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        var best = h.Library.AddAlbum("Best");
        var doomed = h.Library.AddAlbum("Doomed");
        var a = h.Library.AddFile(trip, "a.jpg", Encoding.ASCII.GetBytes("a"));
        var b = h.Library.AddFile(trip, "b.jpg", Encoding.ASCII.GetBytes("b"));
        var c = h.Library.AddFile(trip, "c.jpg", Encoding.ASCII.GetBytes("c"));
        h.Library.AddToAlbum(best, c);
        h.Library.AddToAlbum(best, a);
        h.Library.AddFile(doomed, "d.jpg", Encoding.ASCII.GetBytes("d"));
        await h.RunAsync();
        var downloads = h.Library.Downloads;

        h.Library.SetName(trip, "Trip 2024");
        h.Library.EditPublic(a, "caption", "Sunset");
        h.Library.EditPublic(b, "editedName", "renamed.jpg");
        h.Library.RemoveFromAlbum(best, a);
        h.Library.TrashFile(c);
        h.Library.DeleteAlbum(doomed);
        File.WriteAllText(Path.Combine(h.Root, "Best", "mine.txt"), "user file");
        var result = await h.RunAsync();

        Assert.Equal(ExportOutcome.Completed, result.Outcome);
        Assert.Equal(downloads, h.Library.Downloads);
        var tree = h.Tree().Keys.ToList();
        Assert.Equal(
            ["Best/.meta/album_meta.json", "Best/mine.txt", "Trip 2024/.meta/a.jpg.json", "Trip 2024/.meta/album_meta.json", "Trip 2024/.meta/renamed.jpg.json", "Trip 2024/a.jpg", "Trip 2024/renamed.jpg"],
            tree);
        using var sidecar = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(h.Root, "Trip 2024", ".meta", "a.jpg.json")));
        Assert.Equal("Sunset", sidecar.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_failing_file_is_recorded_the_rest_exported_and_the_next_run_catches_up()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        var bad = h.Library.AddFile(trip, "bad.jpg", Encoding.ASCII.GetBytes("bad"));
        h.Library.AddFile(trip, "good.jpg", Encoding.ASCII.GetBytes("good"));
        h.Library.DownloadFault = id => id == bad ? new HttpRequestException("404 Not Found") : null;

        var result = await h.RunAsync();

        Assert.Equal(ExportOutcome.CompletedWithFailures, result.Outcome);
        Assert.Equal("bad.jpg", Assert.Single(result.Failures).Name);
        Assert.True(File.Exists(Path.Combine(h.Root, "Trip", "good.jpg")));
        h.Library.DownloadFault = null;
        Assert.Equal(ExportOutcome.Completed, (await h.RunAsync()).Outcome);
        Assert.Equal("bad", File.ReadAllText(Path.Combine(h.Root, "Trip", "bad.jpg")));
    }

    [Fact]
    public async Task An_interrupted_run_resumes_to_the_same_tree_without_downloading_finished_files_again()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        var best = h.Library.AddAlbum("Best");
        for (var i = 0; i < 30; i++)
        {
            var id = h.Library.AddFile(trip, i % 3 == 0 ? "same.jpg" : $"f{i}.jpg", Encoding.ASCII.GetBytes($"content {i}"));
            if (i % 4 == 0)
            {
                h.Library.AddToAlbum(best, id);
            }
        }

        using var reference = new ExportHarness(h.Library);
        await reference.RunAsync();
        var expected = reference.Tree();

        using var cancel = new CancellationTokenSource();
        var seen = 0;
        h.Library.DownloadFault = _ =>
        {
            if (++seen == 10)
            {
                cancel.Cancel();
            }

            return null;
        };
        var interrupted = await h.RunAsync(o => o with { Parallel = 2 }, cancel.Token);
        Assert.Equal(ExportOutcome.Cancelled, interrupted.Outcome);
        h.Library.DownloadFault = null;
        var before = h.Library.Downloads;
        h.Restart();
        await h.RunAsync();

        Assert.Equal(expected, h.Tree());
        Assert.True(h.Library.Downloads - before <= 30 - 8, $"downloads after resume: {h.Library.Downloads - before}");
    }

    [Fact]
    public async Task Closing_the_service_mid_run_stops_the_run_before_its_state_files_close()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        for (var i = 0; i < 30; i++)
        {
            h.Library.AddFile(trip, $"f{i}.jpg", Encoding.ASCII.GetBytes($"content {i}"));
        }

        Task? closing = null;
        var seen = 0;
        h.Library.DownloadFault = _ =>
        {
            if (Interlocked.Increment(ref seen) == 5)
            {
                // What the TUI's exit or a test's teardown does while an export still runs.
                closing = Task.Run(h.Service.Dispose);
            }

            return null;
        };

        var run = await h.RunAsync(o => o with { Parallel = 2 });
        await closing!;

        Assert.Contains(run.Outcome, new[] { ExportOutcome.Cancelled, ExportOutcome.Completed });
        h.Library.DownloadFault = null;
        h.Restart();
        Assert.Equal(run.Outcome.ToString(), h.Service.LastRun(h.Library.UserId, h.Root)?.Outcome);
        Assert.Equal(ExportOutcome.Completed, (await h.RunAsync()).Outcome);
        Assert.Equal(30, h.Tree().Keys.Count(k => !k.EndsWith(".json", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Trash_mode_moves_removed_files_into_the_trash_and_keep_leaves_them()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        var a = h.Library.AddFile(trip, "a.jpg", Encoding.ASCII.GetBytes("a"));
        var b = h.Library.AddFile(trip, "b.jpg", Encoding.ASCII.GetBytes("b"));
        await h.RunAsync();

        h.Library.RemoveFromAlbum(trip, a);
        await h.RunAsync(o => o with { Deletions = DeletionMode.Trash });
        h.Library.RemoveFromAlbum(trip, b);
        await h.RunAsync(o => o with { Deletions = DeletionMode.Keep });

        var tree = h.Tree().Keys.ToList();
        Assert.Contains(tree, k => k.StartsWith(".trash/", StringComparison.Ordinal) && k.EndsWith("/Trip/a.jpg", StringComparison.Ordinal));
        Assert.Contains(tree, k => k.StartsWith(".trash/", StringComparison.Ordinal) && k.EndsWith("/Trip/.meta/a.jpg.json", StringComparison.Ordinal));
        Assert.Contains("Trip/b.jpg", tree);
        Assert.DoesNotContain("Trip/a.jpg", tree);
    }

    [Fact]
    public async Task Hardlink_mode_stores_a_file_in_several_albums_once()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        var best = h.Library.AddAlbum("Best");
        var a = h.Library.AddFile(trip, "a.jpg", Encoding.ASCII.GetBytes("a"));
        h.Library.AddToAlbum(best, a);

        var result = await h.RunAsync(o => o with { Link = LinkMode.Hardlink });

        Assert.Equal(1, result.Counters.Linked);
        Assert.Equal(1, h.Library.Downloads);
        File.WriteAllText(Path.Combine(h.Root, "Trip", "a.jpg"), "x");
        Assert.Equal("x", File.ReadAllText(Path.Combine(h.Root, "Best", "a.jpg")));
    }

    [Fact]
    public async Task Verify_hash_repairs_a_corrupted_file_and_a_normal_run_restores_a_deleted_one()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        h.Library.AddFile(trip, "a.jpg", Encoding.ASCII.GetBytes("aaaa"));
        h.Library.AddFile(trip, "b.jpg", Encoding.ASCII.GetBytes("bbbb"));
        await h.RunAsync();

        File.WriteAllText(Path.Combine(h.Root, "Trip", "a.jpg"), "XXXX");
        File.Delete(Path.Combine(h.Root, "Trip", "b.jpg"));
        await h.RunAsync();
        Assert.Equal("bbbb", File.ReadAllText(Path.Combine(h.Root, "Trip", "b.jpg")));
        Assert.Equal("XXXX", File.ReadAllText(Path.Combine(h.Root, "Trip", "a.jpg")));

        var verified = await h.RunAsync(o => o with { Verify = true, VerifyHash = true });
        Assert.Equal(1, verified.Counters.Repaired);
        Assert.Equal("aaaa", File.ReadAllText(Path.Combine(h.Root, "Trip", "a.jpg")));
    }

    [Fact]
    public async Task A_second_exporter_on_the_same_root_is_refused()
    {
        using var h = new ExportHarness();
        h.Library.AddAlbum("Trip");
        Directory.CreateDirectory(h.Root);
        using var held = ExportLock.Acquire(h.Root);

        var error = await Assert.ThrowsAsync<ExportLockedException>(() => h.RunAsync());

        Assert.Contains("Another export is already running", error.Message);
    }

    [Fact]
    public async Task Dry_run_lists_changes_and_touches_nothing()
    {
        using var h = new ExportHarness();
        var trip = h.Library.AddAlbum("Trip");
        h.Library.AddFile(trip, "a.jpg", Encoding.ASCII.GetBytes("a"));

        var result = await h.RunAsync(o => o with { DryRun = true });

        Assert.Contains("download Trip/a.jpg", result.Changes);
        Assert.False(Directory.Exists(h.Root));
        Assert.Equal(0, h.Library.Downloads);
    }
}
