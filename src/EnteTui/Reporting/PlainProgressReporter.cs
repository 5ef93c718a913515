namespace EnteTui.Reporting;

/// <summary>Progress for logs and cron mail: a plain line on each phase change, every few seconds while downloading, and per failure.</summary>
public sealed class PlainProgressReporter(TextWriter writer, TimeProvider time, TimeSpan? every = null) : ProgressReporter<ExportProgress>
{
    private readonly PlainLineGate<ExportPhase> lines = new(every ?? TimeSpan.FromSeconds(10));
    private readonly long started = time.GetTimestamp();

    protected override (int Count, string? Latest) Failures(ExportProgress value) => ProgressLine.Failures(value);

    protected override void PrintLine(string line) => writer.WriteLine(line);

    protected override void Show(ExportProgress value)
    {
        if (!lines.IsDue(value.Phase, time.GetElapsedTime(started)) || value.Phase == ExportPhase.Done)
        {
            return;
        }

        writer.WriteLine(ProgressLine.Format(value));
        writer.Flush();
    }
}
