using System.Text.Json;
using EnteTui.Fixtures;
using EnteTui.Tests.Account;
using EnteTui.Tests.Export;
using EnteTui.Tests.Support;
using Xunit.Abstractions;

namespace EnteTui.Tests.Import;

/// <summary>`takeout import --since/--until/--bwlimit` against the local server.</summary>
public sealed class DateAndRateImportTests(LocalServerFixture fixture, ITestOutputHelper output) : IClassFixture<LocalServerFixture>, IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("takeout-dates-");

    [Fact]
    public async Task Items_outside_the_range_are_left_out_with_their_reason_and_both_edges_are_inclusive()
    {
        var times = new Dictionary<string, DateTimeOffset>
        {
            ["before.jpg"] = new(2024, 4, 30, 23, 59, 59, TimeSpan.Zero),
            ["since.jpg"] = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero),
            ["until.jpg"] = new(2024, 5, 31, 23, 59, 59, TimeSpan.Zero),
            ["after.jpg"] = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var builder = new TakeoutBuilder();
        var seed = 1;
        foreach (var (name, time) in times)
        {
            builder.Add($"Photos from {time.Year}/{name}", MediaFactory.Jpeg(64, 48, seed++))
                .AddSidecar($"Photos from {time.Year}/{name}.json", new SidecarSpec(name) { PhotoTakenTime = time.ToUnixTimeSeconds() });
        }

        var parts = builder.Write(Path.Combine(work.FullName, "parts"), "zip");
        var (cli, email) = await LoggedInAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts, "--json", "--since", "2024-05-01", "--until", "2024-05-31"]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        using (var json = JsonDocument.Parse(run.Out))
        {
            Assert.Equal(2, json.RootElement.GetProperty("uploaded").GetInt32());
            Assert.Equal(2, json.RootElement.GetProperty("skipped").GetProperty("outsideDates").GetInt32());
        }

        using var reader = new AccountReader(cli.Home, email);
        Assert.Equal(["since.jpg", "until.jpg"], (await reader.FilesAsync()).Select(f => f.Title).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Parallel_uploads_together_stay_within_the_limit_as_the_server_measures_it()
    {
        var builder = new TakeoutBuilder();
        // Few, larger files: each upload lasts seconds, so the per-file work (hash, thumbnail) of one
        // worker overlaps another's upload and the shared bucket stays the bottleneck.
        for (var i = 1; i <= 6; i++)
        {
            builder.Add($"Photos from 2020/clip{i}.mp4", MediaFactory.Mp4(2, new DateTimeOffset(2020, 1, i, 0, 0, 0, TimeSpan.Zero), 512 << 10, i));
        }

        var parts = builder.Write(Path.Combine(work.FullName, "big"), "zip");
        var (cli, email) = await LoggedInAsync();
        using var _ = cli;

        var run = await cli.RunAsync(["takeout", "import", .. parts, "--json", "--parallel", "4", "--bwlimit", "512k"]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        BandwidthLimitTests.AssertRate(fixture.Server.User(email).Traffic().Received, output);
    }

    [Fact]
    public async Task Bad_dates_and_rates_are_usage_errors()
    {
        var cli = new CliRunner();
        using var _ = cli;

        var date = await cli.RunAsync(["takeout", "import", work.FullName, "--until", "31/05/2024"]);
        var rate = await cli.RunAsync(["takeout", "import", work.FullName, "--bwlimit", "lots"]);

        Assert.Equal(2, date.ExitCode);
        Assert.Contains("--until", date.Error, StringComparison.Ordinal);
        Assert.Equal(2, rate.ExitCode);
        Assert.Contains("--bwlimit", rate.Error, StringComparison.Ordinal);
    }

    public void Dispose() => work.Delete(recursive: true);

    private Task<(CliRunner Cli, string Email)> LoggedInAsync() => fixture.LoggedInCliAsync();
}
