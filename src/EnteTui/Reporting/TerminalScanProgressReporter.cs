namespace EnteTui.Reporting;

/// <summary>Takeout scan progress for a terminal: a bar over the parts' bytes and one status line rewritten in place.</summary>
public sealed class TerminalScanProgressReporter(TextWriter writer) : ProgressReporter<ScanProgress>
{
    private readonly TerminalStatusLine status = new(writer);

    protected override void PrintLine(string line) => status.Print(line);

    protected override void Show(ScanProgress value)
    {
        var line = ScanProgressLine.Format(value);
        status.Show(value.Phase == ScanPhase.Reading && value.BytesTotal > 0 ? ProgressBar.Render(value.BytesRead, value.BytesTotal) + " " + line : line);
        if (value.Phase == ScanPhase.Done)
        {
            status.End();
        }
    }
}
