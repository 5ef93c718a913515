using EnteTui.Core.Takeout.Scanning;
using EnteTui.Reporting;

namespace EnteTui.Tests.Reporting;

/// <summary>The scan's progress as text: one line per state, live on a terminal, throttled plain lines when redirected.</summary>
public class ScanProgressReportingTests
{
    private static ScanProgress Reading(TimeSpan elapsed, long read = 12_300_000_000, int reading = 1) =>
        new(ScanPhase.Reading, 1, 3, 2, "parts/takeout-002.tgz", reading, read, 50_000_000_000, 123_456, 180_000_000, TimeSpan.FromSeconds(245), elapsed);

    [Fact]
    public void A_reading_line_names_the_part_the_bytes_the_entries_the_rate_and_the_eta() =>
        Assert.Equal("part 2 of 3, 12 GB of 50 GB, 123,456 entries, 180 MB/s, ETA 4 min 05 s", ScanProgressLine.Format(Reading(TimeSpan.Zero)));

    [Fact]
    public void Parts_read_at_once_and_folders_without_bytes_read_plainly()
    {
        Assert.StartsWith("part 2 of 3 (+1), ", ScanProgressLine.Format(Reading(TimeSpan.Zero, reading: 2)), StringComparison.Ordinal);
        Assert.Equal("0 of 2 parts read, 40 entries", ScanProgressLine.Format(new ScanProgress(ScanPhase.Reading, 0, 2, null, null, 0, 0, 0, 40, 0, null, TimeSpan.Zero)));
        Assert.Equal("Pairing media with sidecars in 1,000 entries…", ScanProgressLine.Format(new ScanProgress(ScanPhase.Matching, 2, 2, null, null, 0, 9, 9, 1000, 0, null, TimeSpan.Zero)));
        Assert.Equal("Scanned 2 parts, 1,000 entries in 4 min 05 s", ScanProgressLine.Format(new ScanProgress(ScanPhase.Done, 2, 2, null, null, 0, 9, 9, 1000, 0, null, TimeSpan.FromSeconds(245))));
    }

    [Fact]
    public void Plain_lines_come_on_each_phase_change_and_every_few_seconds_of_the_scan_clock()
    {
        var writer = new StringWriter();
        var reporter = new PlainScanProgressReporter(writer, TimeSpan.FromSeconds(5));

        foreach (var second in new[] { 0, 1, 2, 5, 6, 11 })
        {
            reporter.Report(Reading(TimeSpan.FromSeconds(second), read: second * 1_000_000_000L));
        }

        reporter.Report(new ScanProgress(ScanPhase.Done, 3, 3, null, null, 0, 1, 1, 5, 0, null, TimeSpan.FromSeconds(12)));

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal(["0 B of 50 GB", "5.0 GB of 50 GB", "11 GB of 50 GB"], lines.Take(3).Select(l => l.Split(", ")[1]));
        Assert.StartsWith("Scanned 3 parts, 5 entries in 12 s", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', writer.ToString());
    }

    [Fact]
    public void On_a_terminal_one_line_with_a_bar_is_rewritten_in_place_and_ends_with_the_scan()
    {
        var writer = new StringWriter();
        var reporter = new TerminalScanProgressReporter(writer);

        reporter.Report(Reading(TimeSpan.Zero, read: 25_000_000_000));
        reporter.Report(new ScanProgress(ScanPhase.Done, 3, 3, null, null, 0, 1, 1, 5, 0, null, TimeSpan.FromSeconds(3)));

        var text = writer.ToString();
        Assert.StartsWith("\r━━━━━━━━━━──────────  50% part 2 of 3, 25 GB of 50 GB", text, StringComparison.Ordinal);
        Assert.Contains("\rScanned 3 parts, 5 entries in 3 s", text, StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Single(text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
