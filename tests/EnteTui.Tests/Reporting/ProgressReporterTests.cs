using EnteTui.Core.Import;
using EnteTui.Reporting;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Tests.Reporting;

/// <summary>The rule every progress reporter shares: a failure line each time the failed count grows, never twice for one failure.</summary>
public class ProgressReporterTests
{
    [Fact]
    public void A_failure_gets_one_line_however_many_reports_repeat_it()
    {
        var output = new StringWriter();
        var reporter = new ImportProgressReporter(output, new FakeTimeProvider());
        var first = new ImportProgress { TotalItems = 5, DoneItems = 1, Failed = 1, LastFailure = "a.jpg: bad" };

        reporter.Report(first);
        reporter.Report(first with { DoneItems = 2 });
        reporter.Report(first with { DoneItems = 3, Failed = 2, LastFailure = "b.jpg: worse" });
        reporter.Report(first with { DoneItems = 4, Failed = 3, LastFailure = null });

        var failures = output.ToString().Split('\n').Where(l => l.StartsWith("failed: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["failed: a.jpg: bad", "failed: b.jpg: worse"], failures.Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Failure_lines_print_above_the_live_status_line()
    {
        var output = new StringWriter();
        var reporter = new TerminalImportProgressReporter(output);

        reporter.Report(new ImportProgress { TotalItems = 2, DoneItems = 1, Failed = 1, LastFailure = "a.jpg: bad" });
        reporter.Finish();

        var lines = output.ToString().Split('\n');
        Assert.Equal("failed: a.jpg: bad", lines[0].Trim('\r', ' '));
        Assert.Contains("1/2 items", lines[1]);
    }
}
