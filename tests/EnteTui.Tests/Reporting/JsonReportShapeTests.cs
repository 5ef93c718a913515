using System.Text.Json;
using EnteTui.Core.Export;
using EnteTui.Core.Import;
using EnteTui.Core.Import.Outcomes;
using EnteTui.Core.Import.Planning;
using EnteTui.Reporting;
using EnteTui.Tests.Import;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Reporting;

/// <summary>
/// Every <c>--json</c> report is streamed now; these pin each report's text to what the reports wrote
/// when they were built whole (the files under <c>Golden/</c> are that output), field by field and byte by byte.
/// </summary>
public sealed class JsonReportShapeTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("json-report-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task Dry_run_plan_keeps_its_shape()
    {
        var parts = new SampleTakeout().Write(Path.Combine(work.FullName, "parts"));
        using var cli = new CliRunner();

        var dry = await cli.RunAsync(["takeout", "import", .. parts, "--dry-run", "--json"]);

        Assert.True(dry.ExitCode == 0, dry.Error);
        AssertSame("dry-run.json", dry.Out);
    }

    [Fact]
    public async Task Scan_report_keeps_its_shape()
    {
        var partsDir = Path.Combine(work.FullName, "parts");
        var parts = new SampleTakeout().Write(partsDir);
        var report = Path.Combine(work.FullName, "scan.json");
        using var cli = new CliRunner();

        var scan = await cli.RunAsync(["takeout", "scan", .. parts, "--no-cache", "--json", report]);

        Assert.True(scan.ExitCode == 0, scan.Error);
        AssertSame("scan.json", File.ReadAllText(report).Replace(partsDir, "{parts}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_report_on_stdout_is_the_same_report_with_the_summary_on_stderr()
    {
        var partsDir = Path.Combine(work.FullName, "parts");
        var parts = new SampleTakeout().Write(partsDir);
        using var cli = new CliRunner();

        var scan = await cli.RunAsync(["takeout", "scan", .. parts, "--no-cache", "--json", "-"]);

        Assert.True(scan.ExitCode == 0, scan.Error);
        AssertSame("scan.json", scan.Out.Replace(partsDir, "{parts}", StringComparison.Ordinal).TrimEnd('\n'));
        Assert.Contains("Takeout scan of 3 part(s)", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_summary_keeps_its_shape()
    {
        var summary = new ImportSummary
        {
            TotalItems = 4,
            Uploaded = 1,
            AlreadyPresent = 1,
            DoneEarlier = 0,
            Failures = [new ImportFailure("Takeout/Google Photos/Été/b.jpg", "server said \"no\" <500>")],
            Skipped = [new("x.jpg", SkipReason.Trashed), new("y.jpg", SkipReason.Unmatched), new("z.jpg", SkipReason.Trashed)],
            UploadedBytes = 12_345,
            Elapsed = TimeSpan.FromMilliseconds(1234.5678),
            StoppedReason = null,
            ScannedEntries = 5,
            Entries =
            [
                new("a.jpg", 1, EntryOutcome.Uploaded),
                new("Takeout/Google Photos/Été/b.jpg", 2, EntryOutcome.Failed, "server said \"no\" <500>"),
                new("c.jpg", 1, EntryOutcome.AlreadyInEnte),
                new("x.jpg", 1, EntryOutcome.LeftOut, "trashed"),
                new("d.jpg", 2, EntryOutcome.CopyOfAnother),
            ],
        };

        AssertSame("import-summary.json", Render(summary));
        AssertSame("import-summary-stopped.json", Render(new ImportSummary { StoppedReason = "storage full", Cancelled = false }));
    }

    [Fact]
    public void Export_summary_keeps_its_shape()
    {
        var counters = new ExportCounters { Renamed = 1, Removed = 2, Trashed = 3, Kept = 4, Unchanged = 5, AlbumsCreated = 6, AlbumsRenamed = 7, AlbumsRemoved = 8 };
        counters.AddDownloaded(2048);
        counters.AddCopied();
        counters.AddLinked();
        counters.AddAdopted();
        counters.AddRepaired();
        counters.AddSidecar();
        var result = new ExportResult(
            ExportOutcome.CompletedWithFailures,
            "/tmp/Été <photos>",
            counters,
            [new ExportFailure(11, 22, "Été", "a&b.jpg", "timed out")],
            TimeSpan.FromSeconds(3.14159),
            DryRun: false,
            ["+ Été/a.jpg", "- old/b.jpg"]);

        AssertSame("export-summary.json", Render(result));
    }

    private static string Render(ImportSummary summary) =>
        Render(stdout => JsonReport.Write(stdout, ImportSummaryDocument.From(summary), ReportJsonContext.Default.ImportSummaryDocument, JsonReport.Readable));

    private static string Render(ExportResult result) =>
        Render(stdout => JsonReport.Write(stdout, ExportSummaryDocument.From(result), ReportJsonContext.Default.ExportSummaryDocument, JsonReport.Compact));

    private static string Render(Action<TextWriter> write)
    {
        using var stdout = new StringWriter();
        write(stdout);
        return stdout.ToString();
    }

    private static void AssertSame(string golden, string actual)
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reporting", "Golden", golden));
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        Assert.True(JsonElement.DeepEquals(expectedDocument.RootElement, actualDocument.RootElement), $"{golden} differs:\n{actual}");
        Assert.Equal(expected, actual);
    }
}
