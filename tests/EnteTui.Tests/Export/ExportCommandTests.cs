using System.Text.Json;

namespace EnteTui.Tests.Export;

public class ExportCommandTests(ExportServerFixture fixture) : IClassFixture<ExportServerFixture>
{
    private static Dictionary<string, byte[]> Library() => new()
    {
        ["Trip/IMG_0001.jpg"] = ExportScenario.Bytes("trip 1"),
        ["Trip/IMG_0002.jpg"] = ExportScenario.Bytes("trip 2"),
        ["Trip/LIVE_1.jpg"] = ExportScenario.Bytes("live image"),
        ["Trip/LIVE_1.mov"] = ExportScenario.Bytes("live video"),
        ["Trip/clip.mp4"] = ExportScenario.Bytes("video", 4096),
        ["Family/kids.jpg"] = ExportScenario.Bytes("kids"),
        ["Secret/.hidden"] = [],
        ["Secret/s.jpg"] = ExportScenario.Bytes("secret"),
        ["Old/.archived"] = [],
        ["Old/old.jpg"] = ExportScenario.Bytes("old"),
        ["loose.jpg"] = ExportScenario.Bytes("uncategorized"),
    };

    [Fact]
    public async Task Exports_every_visible_album_and_a_rerun_changes_nothing()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Library());

        var first = await s.ExportAsync();

        Assert.True(first.ExitCode == 0, first.Error + first.Out);
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
        using var summary = JsonDocument.Parse(first.Out);
        Assert.Equal("completed", summary.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(7, summary.RootElement.GetProperty("downloaded").GetInt32());

        var second = await s.ExportAsync();
        using var again = JsonDocument.Parse(second.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, again.RootElement.GetProperty("downloaded").GetInt32());
        Assert.Equal(0, again.RootElement.GetProperty("sidecarsWritten").GetInt32());
        Assert.Equal(s.ExpectedTree(), s.ActualTree());
    }

    [Fact]
    public async Task An_album_name_that_matches_nothing_exits_2_naming_the_closest_albums()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Library());

        var typo = await s.ExportAsync("--albums", "Famly");
        var excluded = await s.ExportAsync("--albums", "Trip", "--exclude-albums", "Trip,Nope");

        Assert.Equal(2, typo.ExitCode);
        var line = Assert.Single(typo.Error.Split('\n'), l => l.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains("no album matches 'Famly'; closest: Family", line);
        Assert.Equal(2, excluded.ExitCode);
        Assert.Contains("no album matches 'Nope'", excluded.Error);
        Assert.Empty(Directory.Exists(s.Root) ? Directory.GetFileSystemEntries(s.Root).Where(e => !Path.GetFileName(e).StartsWith('.')) : []);
    }

    [Fact]
    public async Task Mutations_on_the_server_are_mirrored_step_by_step()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Library());
        Assert.Equal(0, (await s.ExportAsync()).ExitCode);
        var user = s.User;

        async Task StepAsync(string what, Action change, int maxDownloads = 0)
        {
            change();
            var run = await s.ExportAsync();
            Assert.True(run.ExitCode == 0, $"{what}: {run.Error}");
            using var summary = JsonDocument.Parse(run.Out);
            Assert.True(summary.RootElement.GetProperty("downloaded").GetInt32() <= maxDownloads, $"{what}: downloaded again");
            Assert.Equal(s.ExpectedTree(), s.ActualTree());
        }

        await StepAsync("rename album", () => user.RenameAlbum(s.AlbumId("Family"), "Family 2024"));
        await StepAsync("edit caption", () => user.EditFile(s.FileId("Trip", "IMG_0001.jpg"), new() { Caption = "At the beach" }));
        await StepAsync("edit date", () => user.EditFile(s.FileId("Trip", "IMG_0001.jpg"), new() { EditedTime = new DateTimeOffset(1969, 7, 20, 20, 17, 0, TimeSpan.Zero) }));
        await StepAsync("rename file", () => user.EditFile(s.FileId("Trip", "IMG_0002.jpg"), new() { EditedName = "Renamed.jpg" }));
        await StepAsync("add to a second album", () => user.AddToAlbum(s.FileId("Trip", "clip.mp4"), s.AlbumId("Family 2024")));
        await StepAsync("remove from an album", () => user.RemoveFromAlbum(s.FileId("Trip", "clip.mp4"), s.AlbumId("Trip")));
        await StepAsync("trash a file", () => user.TrashFile(s.FileId("Trip", "LIVE_1.jpg")));
        await StepAsync("delete an album", () => user.DeleteAlbum(s.AlbumId("Old")));
        var newAlbum = 0L;
        await StepAsync("upload into a new album", () =>
        {
            newAlbum = user.CreateAlbum("New");
            var path = Path.Combine(s.Cli.Home, "new.jpg");
            File.WriteAllBytes(path, ExportScenario.Bytes("new"));
            s.Uploaded[user.UploadFileAsync(newAlbum, path).GetAwaiter().GetResult()] = [path];
        }, maxDownloads: 1);
        Assert.False(Directory.Exists(Path.Combine(s.Root, "Old")));
    }

    [Fact]
    public async Task Selection_options_and_meta_dir_choose_what_is_written()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Library());

        var run = await s.ExportAsync("--albums", "Trip", "Secret", "--include-hidden", "--exclude-albums", "secret", "--meta-dir", "metadata");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["Trip"], Directory.GetDirectories(s.Root).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).ToList());
        Assert.True(File.Exists(Path.Combine(s.Root, "Trip", "metadata", "IMG_0001.jpg.json")));
    }

    [Fact]
    public async Task Dry_run_prints_changes_and_writes_nothing_and_bad_options_are_usage_errors()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, Library());

        var dry = await s.Cli.RunAsync(["export", "--dir", s.Root, "--dry-run"]);
        var bad = await s.Cli.RunAsync(["export", "--dir", s.Root, "--deletions", "shred"]);

        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("download Trip/IMG_0001.jpg", dry.Out);
        Assert.False(Directory.Exists(s.Root));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--deletions", bad.Error);
    }

    [Fact]
    public async Task A_second_exporter_on_the_same_folder_refuses_with_a_clear_message()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, new Dictionary<string, byte[]> { ["A/a.jpg"] = ExportScenario.Bytes("a") });
        Directory.CreateDirectory(s.Root);
        using var held = EnteTui.Core.Export.ExportLock.Acquire(s.Root);

        var run = await s.ExportAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Another export is already running", run.Error);
    }
}
