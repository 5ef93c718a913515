using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Reporting;

/// <summary>Takeout scan progress for a terminal: a bar over the parts' bytes and one status line rewritten in place.</summary>
public sealed class TerminalScanProgressReporter(TextWriter writer) : IProgress<ScanProgress>
{
    private readonly Lock gate = new();
    private readonly TerminalStatusLine status = new(writer);

    public void Report(ScanProgress value)
    {
        lock (gate)
        {
            var line = ScanProgressLine.Format(value);
            status.Show(value.Phase == ScanPhase.Reading && value.BytesTotal > 0 ? ProgressBar.Render(value.BytesRead, value.BytesTotal) + " " + line : line);
            if (value.Phase == ScanPhase.Done)
            {
                status.End();
            }
        }
    }
}
