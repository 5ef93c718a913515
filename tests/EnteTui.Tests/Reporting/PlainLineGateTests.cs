using EnteTui.Core.Import;
using EnteTui.Reporting;

namespace EnteTui.Tests.Reporting;

/// <summary>The one rule of plain progress lines: on a phase change, else once per interval, or when forced.</summary>
public class PlainLineGateTests
{
    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Fact]
    public void A_line_on_each_phase_change_and_once_per_interval_otherwise()
    {
        var gate = new PlainLineGate<ImportPhase>(Seconds(5));

        Assert.True(gate.IsDue(ImportPhase.Scanning, Seconds(0)));
        Assert.False(gate.IsDue(ImportPhase.Scanning, Seconds(4.9)));
        Assert.True(gate.IsDue(ImportPhase.Syncing, Seconds(4.95)));
        Assert.False(gate.IsDue(ImportPhase.Syncing, Seconds(9.9)));
        Assert.True(gate.IsDue(ImportPhase.Syncing, Seconds(9.95)));
        Assert.False(gate.IsDue(ImportPhase.Syncing, Seconds(10)));
        Assert.True(gate.IsDue(ImportPhase.Syncing, Seconds(10), force: true));
        Assert.False(gate.IsDue(ImportPhase.Syncing, Seconds(14)));
    }
}
