using System.Text.Json;
using EnteTui.LocalServer.Fixtures;

namespace EnteTui.Tests.Export;

/// <summary>`export --since/--until` against the local server: both edges inclusive, and files outside treated like an album left out.</summary>
public class DateRangeExportTests(ExportServerFixture fixture) : IClassFixture<ExportServerFixture>
{
    private static readonly DateTimeOffset BeforeSince = new(2024, 4, 30, 23, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset AtSince = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastSecondOfUntil = new(2024, 5, 31, 23, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterUntil = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Both_edges_are_inclusive_and_files_outside_are_left_as_an_unselected_album_would_be()
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, new Dictionary<string, byte[]>
        {
            ["Trip/before.jpg"] = ExportScenario.Bytes("before"),
            ["Trip/since.jpg"] = ExportScenario.Bytes("since"),
            ["Trip/until.jpg"] = ExportScenario.Bytes("until"),
            ["Trip/after.jpg"] = ExportScenario.Bytes("after"),
            ["Old/old.jpg"] = ExportScenario.Bytes("old"),
        });
        Date(s, "Trip", "before.jpg", BeforeSince);
        Date(s, "Trip", "since.jpg", AtSince);
        Date(s, "Trip", "until.jpg", LastSecondOfUntil);
        Date(s, "Trip", "after.jpg", AfterUntil);
        Date(s, "Old", "old.jpg", BeforeSince);

        var dated = await s.ExportAsync("--since", "2024-05-01", "--until", "2024-05-31");

        Assert.True(dated.ExitCode == 0, dated.Error + dated.Out);
        Assert.Equal(["since.jpg", "until.jpg"], MediaIn(s, "Trip"));
        Assert.False(Directory.Exists(Path.Combine(s.Root, "Old")), "an album with nothing in the range is not created");

        var everything = await s.ExportAsync();
        Assert.True(everything.ExitCode == 0, everything.Error);
        Assert.Equal(s.ExpectedTree(), s.ActualTree());

        // Deleted in Ente (trashing takes a file out of every album): mirrored inside and outside the window alike.
        s.User.TrashFile(s.FileId("Trip", "since.jpg"));
        s.User.TrashFile(s.FileId("Trip", "after.jpg"));
        s.User.EditFile(s.FileId("Trip", "before.jpg"), new FileEdit { Caption = "not looked at while outside the range" });
        var exact = await s.ExportAsync("--since", "2024-05-01T02:00:00+02:00", "--until", "2024-05-31T23:59:59Z");

        Assert.True(exact.ExitCode == 0, exact.Error);
        Assert.Equal(["before.jpg", "until.jpg"], MediaIn(s, "Trip"));
        Assert.DoesNotContain("not looked at", File.ReadAllText(Path.Combine(s.Root, "Trip", ".meta", "before.jpg.json")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(s.Root, "Old", "old.jpg")), "a file outside the range is kept, like one of an album left out");
        using var summary = JsonDocument.Parse(exact.Out);
        Assert.Equal(2, summary.RootElement.GetProperty("removed").GetInt32());

        var narrower = await s.ExportAsync("--since", "2024-05-31T23:59:59.5Z");
        Assert.True(narrower.ExitCode == 0, narrower.Error);
        Assert.Equal(["before.jpg", "until.jpg"], MediaIn(s, "Trip"));
    }

    [Theory]
    [InlineData("--since", "2024-13-01")]
    [InlineData("--until", "yesterday")]
    [InlineData("--bwlimit", "fast")]
    [InlineData("--bwlimit", "2X")]
    public async Task Bad_dates_and_rates_are_usage_errors_with_one_line(string option, string value)
    {
        using var s = await ExportScenario.CreateAsync(fixture.Server, new Dictionary<string, byte[]> { ["A/a.jpg"] = ExportScenario.Bytes("a") });

        var run = await s.Cli.RunAsync(["export", "--dir", s.Root, option, value]);
        var reversed = await s.Cli.RunAsync(["export", "--dir", s.Root, "--since", "2024-06-01", "--until", "2024-05-01"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal(2, reversed.ExitCode);
        Assert.False(Directory.Exists(s.Root));
    }

    private static void Date(ExportScenario s, string album, string title, DateTimeOffset time) =>
        s.User.EditFile(s.FileId(album, title), new FileEdit { EditedTime = time });

    private static List<string> MediaIn(ExportScenario s, string folder) =>
        Directory.GetFiles(Path.Combine(s.Root, folder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
}
