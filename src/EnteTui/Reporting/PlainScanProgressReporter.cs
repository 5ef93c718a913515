using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Reporting;

/// <summary>Takeout scan progress for logs and cron mail: a plain line on each phase change and every few seconds of the scan's clock while reading.</summary>
public sealed class PlainScanProgressReporter(TextWriter writer, TimeSpan? every = null) : IProgress<ScanProgress>
{
    private readonly Lock gate = new();
    private readonly PlainLineGate<ScanPhase> lines = new(every ?? TimeSpan.FromSeconds(5));

    public void Report(ScanProgress value)
    {
        lock (gate)
        {
            if (!lines.IsDue(value.Phase, value.Elapsed))
            {
                return;
            }

            writer.WriteLine(ScanProgressLine.Format(value));
            writer.Flush();
        }
    }
}
