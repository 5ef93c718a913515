namespace EnteTui.Reporting;

/// <summary>The scan progress a command shows: live on a terminal, plain lines when the output is redirected.</summary>
public static class ScanProgressReporters
{
    public static IProgress<ScanProgress> For(ICliConsole console, TextWriter status, bool json = false) =>
        console.IsOutputRedirected || json ? new PlainScanProgressReporter(status) : new TerminalScanProgressReporter(status);
}
