using System.Text.Json;
using EnteTui.Fixtures;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Takeout;

/// <summary>`ente-tui takeout scan` end to end, in-process, on real zip and tgz parts.</summary>
public class TakeoutScanCommandTests
{
    private const string Y = TakeoutBuilder.Root + "Photos from 2023/";

    private static IReadOnlyList<string> SplitTakeout(string dir) => new TakeoutBuilder()
        .Add("Photos from 2023/IMG_0001(1).jpg", [1, 2, 3], part: 1)
        .AddSidecar("Photos from 2023/IMG_0001.jpg(1).json", new SidecarSpec("IMG_0001.jpg") { PhotoTakenTime = 1_690_000_000 }, part: 2)
        .Add("Photos from 2023/IMG_0002.jpg", [4, 5], part: 2)
        .AddSidecar("Photos from 2023/IMG_0003.jpg.json", new SidecarSpec("IMG_0003.jpg") { PhotoTakenTime = 1_690_000_100 }, part: 1)
        .Write(dir, "zip", "tgz");

    [Fact]
    public async Task Scan_prints_a_summary_and_writes_the_json_report()
    {
        using var cli = new CliRunner();
        var parts = SplitTakeout(Path.Combine(cli.Home, "in"));
        var report = Path.Combine(cli.Home, "scan.json");

        var result = await cli.RunAsync(["takeout", "scan", .. parts, "--json", report]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Takeout scan of 2 part(s)", result.Out, StringComparison.Ordinal);
        Assert.Contains("numbered", result.Out, StringComparison.Ordinal);
        Assert.Contains("Unmatched media: 1", result.Out, StringComparison.Ordinal);
        Assert.Contains(Y + "IMG_0002.jpg", result.Out, StringComparison.Ordinal);
        Assert.Contains("Orphan sidecars: 1", result.Out, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(report));
        var pairs = doc.RootElement.GetProperty("pairs").EnumerateArray().ToDictionary(p => p.GetProperty("media").GetString()!);
        Assert.Equal(Y + "IMG_0001.jpg(1).json", pairs[Y + "IMG_0001(1).jpg"].GetProperty("sidecar").GetString());
        Assert.Equal((1, 2), (pairs[Y + "IMG_0001(1).jpg"].GetProperty("part").GetInt32(), pairs[Y + "IMG_0001(1).jpg"].GetProperty("sidecarPart").GetInt32()));
        Assert.Equal("none", pairs[Y + "IMG_0002.jpg"].GetProperty("rule").GetString());
        Assert.Equal([Y + "IMG_0003.jpg.json"], doc.RootElement.GetProperty("orphanSidecars").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_second_scan_uses_the_cached_listings()
    {
        using var cli = new CliRunner();
        var parts = SplitTakeout(Path.Combine(cli.Home, "in"));

        await cli.RunAsync(["takeout", "scan", .. parts]);
        var again = await cli.RunAsync(["takeout", "scan", .. parts.Reverse()]);
        var fresh = await cli.RunAsync(["takeout", "scan", "--no-cache", .. parts]);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(2, again.Out.Split("(cached listing)").Length - 1);
        Assert.DoesNotContain("(cached listing)", fresh.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_part_is_reported_with_what_was_read_and_exits_1()
    {
        using var cli = new CliRunner();
        var parts = SplitTakeout(Path.Combine(cli.Home, "in"));
        var tgz = parts.Single(p => p.EndsWith(".tgz", StringComparison.Ordinal));
        var bytes = await File.ReadAllBytesAsync(tgz);
        await File.WriteAllBytesAsync(tgz, bytes[..(bytes.Length * 2 / 3)]);

        var scan = await cli.RunAsync(["takeout", "scan", .. parts]);
        var import = await cli.RunAsync(["takeout", "import", .. parts]);
        var allowed = await cli.RunAsync(["takeout", "import", "--allow-damaged", .. parts]);

        Assert.Equal(1, scan.ExitCode);
        Assert.Contains("Takeout scan of 2 part(s)", scan.Out, StringComparison.Ordinal);
        Assert.Contains($"part 2 ({Path.GetFileName(tgz)}) is truncated or corrupt; the scan is incomplete.", scan.Error, StringComparison.Ordinal);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("pass --allow-damaged", import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("--allow-damaged", allowed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_is_written_even_when_no_part_is_readable()
    {
        using var cli = new CliRunner();
        var junk = Path.Combine(cli.Home, "takeout-001.zip");
        await File.WriteAllTextAsync(junk, "not a zip");
        var report = Path.Combine(cli.Home, "scan.json");

        var otherJunk = Path.Combine(cli.Home, "takeout-002.tgz");
        await File.WriteAllTextAsync(otherJunk, "not a tgz either");

        var result = await cli.RunAsync(["takeout", "scan", junk, otherJunk, "--json", report]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Problems: 2", result.Out, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(report));
        Assert.Equal(["invalid", "invalid"], doc.RootElement.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("kind").GetString()));
        Assert.Equal(2, doc.RootElement.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task Redirected_output_gets_plain_progress_lines_before_the_report()
    {
        using var cli = new CliRunner();
        var parts = SplitTakeout(Path.Combine(cli.Home, "in"));
        var bytes = parts.Sum(p => new FileInfo(p).Length);

        var result = await cli.RunAsync(["takeout", "scan", .. parts]);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.StartsWith($"0 of 2 parts read, 0 B of {EnteTui.Reporting.Formats.Bytes(bytes)}, 0 entries", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Scanned 2 parts, 4 entries in ", StringComparison.Ordinal));
        Assert.True(Array.FindIndex(lines, l => l.StartsWith("Scanned 2 parts", StringComparison.Ordinal)) < Array.FindIndex(lines, l => l.StartsWith("Takeout scan of 2 part(s)", StringComparison.Ordinal)));
        Assert.DoesNotContain('\r', result.Out);
    }

    [Fact]
    public async Task On_a_terminal_the_progress_is_one_live_line_with_a_bar()
    {
        using var cli = new CliRunner();
        var parts = SplitTakeout(Path.Combine(cli.Home, "in"));

        var result = await cli.RunAsync(["takeout", "scan", .. parts], new TestConsole(interactive: true));

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\r[━─]{20} +\d+% part [12] of 2", result.Out);
        Assert.Contains("\rScanned 2 parts, 4 entries in ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Takeout scan of 2 part(s)", result.Out.Split('\r')[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--timezone", "Mars/Olympus")]
    [InlineData("--json", "/no/such/folder/report.json")]
    public async Task Bad_arguments_exit_with_usage(string option, string value)
    {
        using var cli = new CliRunner();
        var parts = SplitTakeout(Path.Combine(cli.Home, "in"));

        var result = await cli.RunAsync(["takeout", "scan", .. parts, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timezone_changes_naive_dates()
    {
        using var cli = new CliRunner();
        var parts = new TakeoutBuilder().Add("Photos from 2023/IMG_20230704_101500.jpg", [1]).Write(Path.Combine(cli.Home, "in"), "zip");
        var report = Path.Combine(cli.Home, "scan.json");

        await cli.RunAsync(["takeout", "scan", .. parts, "--json", report, "--timezone", "America/New_York"]);

        using var doc = JsonDocument.Parse(File.ReadAllBytes(report));
        var pair = doc.RootElement.GetProperty("pairs")[0];
        Assert.Equal(("2023-07-04T10:15:00-04:00", "fileName"), (pair.GetProperty("date").GetString(), pair.GetProperty("dateSource").GetString()));
    }
}
