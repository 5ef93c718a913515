namespace EnteTui.Reporting;

/// <summary>Takeout scan progress for logs and cron mail: a plain line on each phase change and every few seconds of the scan's clock while reading.</summary>
public sealed class PlainScanProgressReporter(TextWriter writer, TimeSpan? every = null) : ProgressReporter<ScanProgress>
{
    private readonly PlainLineGate<ScanPhase> lines = new(every ?? TimeSpan.FromSeconds(5));

    protected override void PrintLine(string line) => writer.WriteLine(line);

    protected override void Show(ScanProgress value)
    {
        if (!lines.IsDue(value.Phase, value.Elapsed))
        {
            return;
        }

        writer.WriteLine(ScanProgressLine.Format(value));
        writer.Flush();
    }
}
