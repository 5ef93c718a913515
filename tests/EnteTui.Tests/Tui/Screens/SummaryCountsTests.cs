using EnteTui.Tests.Tui.Fakes;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tests.Tui.Screens;

/// <summary>The scan summary counts with the noun that fits (Formats.Count), as the rest of the wizard does.</summary>
public class SummaryCountsTests
{
    [Fact]
    public void One_orphan_sidecar_and_one_problem_are_singular()
    {
        var text = string.Join('\n', SummaryPanel.Lines(FakeTakeout.Report(["takeout-001.zip"]), 120).Select(l => l.Text));

        Assert.Contains("21 media files · 18 paired with a sidecar · 3 unmatched · 1 orphan sidecar · 1 problem", text, StringComparison.Ordinal);
        Assert.Contains("2 albums: Trip to Zürich, Family", text, StringComparison.Ordinal);
    }
}
