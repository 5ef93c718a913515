using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Reporting;

/// <summary>Takeout scan progress for logs and cron mail: a plain line on each phase change and every few seconds of the scan's clock while reading.</summary>
public sealed class PlainScanProgressReporter(TextWriter writer, TimeSpan? every = null) : IProgress<ScanProgress>
{
    private readonly Lock gate = new();
    private readonly TimeSpan interval = every ?? TimeSpan.FromSeconds(5);
    private ScanPhase? lastPhase;
    private TimeSpan lastLine;

    public void Report(ScanProgress value)
    {
        lock (gate)
        {
            if (value.Phase == lastPhase && value.Elapsed - lastLine < interval)
            {
                return;
            }

            lastPhase = value.Phase;
            lastLine = value.Elapsed;
            writer.WriteLine(ScanProgressLine.Format(value));
            writer.Flush();
        }
    }
}
