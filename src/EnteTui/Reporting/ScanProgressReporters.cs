namespace EnteTui.Reporting;

/// <summary>The scan progress a command shows: a live line or plain lines, as <see cref="ProgressOutput"/> says.</summary>
public static class ScanProgressReporters
{
    public static IProgress<ScanProgress> For(ProgressOutput output) =>
        output.Live ? new TerminalScanProgressReporter(output.Writer) : new PlainScanProgressReporter(output.Writer);
}
