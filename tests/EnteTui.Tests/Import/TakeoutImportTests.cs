using System.IO.Compression;
using System.Text.Json;
using EnteTui.Tests.Account;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Import;

public sealed class TakeoutImportTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>, IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("takeout-import-");

    private static long Micros(DateTimeOffset t) => t.ToUnixTimeMilliseconds() * 1000;

    private Task<(CliRunner Cli, string Email)> LoggedInAsync() => fixture.LoggedInCliAsync();

    [Fact]
    public async Task Split_takeout_lands_with_content_dates_places_captions_and_albums_and_a_rerun_adds_nothing()
    {
        var sample = new SampleTakeout();
        var parts = sample.Write(Path.Combine(work.FullName, "parts"));
        var (cli, email) = await LoggedInAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts, "--json", "--parallel", "3"]);
        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        using (var json = JsonDocument.Parse(run.Out))
        {
            Assert.Equal("completed", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(8, json.RootElement.GetProperty("uploaded").GetInt32());
            Assert.Equal(1, json.RootElement.GetProperty("skipped").GetProperty("trashed").GetInt32());
        }

        var counts = await OutcomeIdentity.AssertAsync(cli, parts, run.Out);
        Assert.Equal((9, 1, 1), (counts["uploaded"], counts["copyOfAnother"], counts["leftOut"]));

        using var reader = new AccountReader(cli.Home, email);
        var files = (await reader.FilesAsync()).ToDictionary(f => f.Title);
        Assert.Equal(8, files.Count);

        var one = files["IMG_0001.jpg"];
        Assert.Equal(sample.Photo1, one.Content);
        Assert.Equal(Micros(SampleTakeout.Taken1), one.CreationTime);
        Assert.Equal((48.1, 11.5), (one.Latitude, one.Longitude));
        Assert.Equal("Beach day", one.Caption);
        Assert.Equal([SampleTakeout.AlbumTitle], one.Albums);

        var two = files["IMG_0002.jpg"];
        Assert.Equal(sample.Photo2, two.Content);
        Assert.Equal(Micros(SampleTakeout.Taken2), two.CreationTime);
        Assert.Equal((-33.9, 151.2), (two.Latitude, two.Longitude));
        Assert.Equal(["Favorites", "Uncategorized"], two.Albums);

        var exif = files["IMG_20210704_999999.jpg"];
        Assert.Equal(sample.Exif3, exif.Content);
        Assert.Equal(Micros(new DateTimeOffset(2021, 7, 4, 8, 11, 12, TimeSpan.Zero)), exif.CreationTime);
        Assert.Equal(45.5, exif.Latitude!.Value, 4);
        Assert.Equal(["Uncategorized"], exif.Albums);

        var named = files["Screenshot_2021-08-09-10-11-12.jpg"];
        Assert.Equal(sample.Named4, named.Content);
        Assert.Equal(Micros(new DateTimeOffset(2021, 8, 9, 10, 11, 12, TimeSpan.Zero)), named.CreationTime);
        Assert.Null(named.Latitude);

        var video = files["VID_0005.mp4"];
        Assert.Equal(1, video.FileType);
        Assert.Equal(sample.Video5, video.Content);
        Assert.Equal(Micros(SampleTakeout.Taken2.AddSeconds(60)), video.CreationTime);

        var live = files["IMG_0006.jpg"];
        Assert.Equal(2, live.FileType);
        Assert.Equal(Micros(SampleTakeout.Taken2.AddSeconds(120)), live.CreationTime);
        using (var zip = new ZipArchive(new MemoryStream(live.Content)))
        {
            Assert.Equal(["image.jpg", "video.mp4"], zip.Entries.Select(e => e.FullName).ToArray());
            Assert.Equal(sample.Still6, ReadAll(zip.Entries[0]));
            Assert.Equal(sample.Motion6, ReadAll(zip.Entries[1]));
        }

        Assert.DoesNotContain("IMG_0007.jpg", files.Keys);
        Assert.DoesNotContain("IMG_0006.mp4", files.Keys);

        var albumOnly = files["IMG_0008.jpg"];
        Assert.Equal([SampleTakeout.AlbumTitle], albumOnly.Albums);
        Assert.Equal("Only in the album", albumOnly.Caption);

        var naive = files["DSC_0009.jpg"];
        Assert.Equal(Micros(new DateTimeOffset(2018, 3, 4, 5, 6, 7, TimeSpan.Zero)), naive.CreationTime);

        var again = await cli.RunAsync(["takeout", "import", .. parts, "--json"]);
        Assert.True(again.ExitCode == 0, again.Error);
        using (var json = JsonDocument.Parse(again.Out))
        {
            Assert.Equal(0, json.RootElement.GetProperty("uploaded").GetInt32());
        }

        Assert.Equal(10, (await OutcomeIdentity.AssertAsync(cli, parts, again.Out))["doneEarlier"]);

        Assert.Equal(8, (await reader.FilesAsync()).Count);
    }

    [Fact]
    public async Task On_a_terminal_the_scan_and_the_upload_show_live_lines_with_a_bar_rate_eta_and_files_in_flight()
    {
        var parts = new SampleTakeout().Write(Path.Combine(work.FullName, "parts"));
        var (cli, _) = await LoggedInAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts], new TestConsole(interactive: true));

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Matches(@"\r[━─]{20} +\d+% part [123] of 3", run.Out);
        Assert.Contains("\rScanned 3 parts, ", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\r[━─]{20} +\d+% \d+/\d+ items, [^\r]+ of [^\r]+, [^\r]+/s, ETA [^\r]+ — [^\r/]+\.(jpg|mp4)", run.Out);
        Assert.Matches(@"\r━{20} 100% (\d+)/\1 items", run.Out);
        Assert.Contains("Import finished in ", run.Out.Split('\r')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_with_skip_unmatched_plans_only_matched_items_and_uploads_nothing()
    {
        var parts = new SampleTakeout().Write(Path.Combine(work.FullName, "parts"));
        using var cli = new CliRunner();

        var dry = await cli.RunAsync(["takeout", "import", .. parts, "--dry-run", "--skip-unmatched"]);

        Assert.True(dry.ExitCode == 0, dry.Error);
        Assert.Contains("Would import 5 items", dry.Out);
        Assert.Contains($"album \"{SampleTakeout.AlbumTitle}\": 2 items", dry.Out);
        Assert.Contains("3 left out: Unmatched", dry.Out);
    }

    [Fact]
    public async Task Resolutions_album_and_timezone_options_shape_the_import()
    {
        var sample = new SampleTakeout();
        var parts = sample.Write(Path.Combine(work.FullName, "parts"));
        var resolutions = Path.Combine(work.FullName, "resolutions.json");
        File.WriteAllText(resolutions, JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["Takeout/Google Photos/Photos from 2018/DSC_0009.jpg"] = null,
            ["Takeout/Google Photos/Photos from 2021/IMG_20210704_999999.jpg"] = "Takeout/Google Photos/Photos from 2020/VID_0005.mp4.json",
        }));
        var (cli, email) = await LoggedInAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts, "--album", "From Google", "--timezone", "Asia/Tokyo", "--resolutions", resolutions, "--json"]);
        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Equal(2, (await OutcomeIdentity.AssertAsync(cli, parts, run.Out))["leftOut"]);

        using var reader = new AccountReader(cli.Home, email);
        var files = await reader.FilesAsync();
        Assert.Equal(7, files.Count);
        Assert.DoesNotContain(files, f => f.Content.SequenceEqual(sample.Naive9));
        var paired = files.Single(f => f.Content.SequenceEqual(sample.Exif3));
        Assert.Equal("VID_0005.mp4", paired.Title);
        Assert.Equal(Micros(SampleTakeout.Taken2.AddSeconds(60)), paired.CreationTime);
        var named = files.Single(f => f.Title.StartsWith("Screenshot", StringComparison.Ordinal));
        Assert.Equal(Micros(new DateTimeOffset(2021, 8, 9, 10, 11, 12, TimeSpan.FromHours(9))), named.CreationTime);
        Assert.Equal(["Favorites", "From Google"], files.Single(f => f.Title == "IMG_0002.jpg").Albums);
        Assert.DoesNotContain(files, f => f.Albums.Contains("Uncategorized"));
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => work.Delete(recursive: true);
}
