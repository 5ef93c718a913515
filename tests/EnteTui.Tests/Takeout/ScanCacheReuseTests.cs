using EnteTui.Fixtures;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Takeout;

/// <summary>`takeout import` takes the listings `takeout scan` cached for the same parts, until a part changes.</summary>
public class ScanCacheReuseTests
{
    private static IReadOnlyList<string> SplitTakeout(string dir) => new TakeoutBuilder()
        .Add("Photos from 2023/IMG_0001.jpg", MediaFactory.Jpeg(32, 32, 1), part: 1)
        .AddSidecar("Photos from 2023/IMG_0001.jpg.json", new SidecarSpec("IMG_0001.jpg") { PhotoTakenTime = 1_690_000_000 }, part: 2)
        .Add("Photos from 2023/IMG_0002.jpg", MediaFactory.Jpeg(32, 32, 2), part: 2)
        .Write(dir, "zip", "tgz");

    [Fact]
    public async Task Import_after_scan_reads_no_part_again_and_a_changed_part_is_read_again()
    {
        using var cli = new CliRunner();
        var parts = SplitTakeout(Path.Combine(cli.Home, "in"));

        var scan = await cli.RunAsync(["takeout", "scan", .. parts]);
        var import = await cli.RunAsync(["takeout", "import", .. parts, "--dry-run"]);
        File.SetLastWriteTimeUtc(parts[1], DateTime.UtcNow.AddMinutes(5));
        var afterChange = await cli.RunAsync(["takeout", "import", .. parts, "--dry-run"]);

        Assert.Equal(0, scan.ExitCode);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("Listings: 2 of 2 part(s) from the scan cache", import.Out, StringComparison.Ordinal);
        Assert.Contains("Listings: 1 of 2 part(s) from the scan cache", afterChange.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_after_an_import_reads_a_tgz_again_for_its_exif_dates()
    {
        using var cli = new CliRunner();
        var parts = SplitTakeout(Path.Combine(cli.Home, "in"));

        var import = await cli.RunAsync(["takeout", "import", .. parts, "--dry-run"]);
        var scan = await cli.RunAsync(["takeout", "scan", .. parts]);

        Assert.Contains("Listings: 0 of 2 part(s) from the scan cache", import.Out, StringComparison.Ordinal);
        var lines = scan.Out.Split('\n');
        Assert.Contains(lines, l => l.Contains(Path.GetFileName(parts[0]), StringComparison.Ordinal) && l.Contains("(cached listing)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(Path.GetFileName(parts[1]), StringComparison.Ordinal) && !l.Contains("(cached listing)", StringComparison.Ordinal));
    }
}
