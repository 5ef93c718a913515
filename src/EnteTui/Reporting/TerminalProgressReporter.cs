namespace EnteTui.Reporting;

/// <summary>Export progress for a terminal: a bar and one status line (rate, ETA, files in flight) rewritten in place; failures on lines of their own.</summary>
public sealed class TerminalProgressReporter(TextWriter writer) : ProgressReporter<ExportProgress>
{
    private readonly TerminalStatusLine status = new(writer);

    protected override (int Count, string? Latest) Failures(ExportProgress value) => ProgressLine.Failures(value);

    protected override void PrintLine(string line) => status.Print(line);

    protected override void Show(ExportProgress value)
    {
        var line = ProgressLine.Format(value);
        status.Show(value.Phase is ExportPhase.Downloading or ExportPhase.Done ? ProgressBar.Render(value.BytesDone, value.BytesTotal) + " " + line : line);
        if (value.Phase == ExportPhase.Done)
        {
            status.End();
        }
    }
}
