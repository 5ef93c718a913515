using EnteTui.Core.Export;

namespace EnteTui.Reporting;

/// <summary>Progress for logs and cron mail: a plain line on each phase change, every few seconds while downloading, and per failure.</summary>
public sealed class PlainProgressReporter(TextWriter writer, TimeProvider time, TimeSpan? every = null) : IProgress<ExportProgress>
{
    private readonly Lock gate = new();
    private readonly TimeSpan interval = every ?? TimeSpan.FromSeconds(10);
    private ExportPhase? lastPhase;
    private long lastLine;
    private int failuresSeen;

    public void Report(ExportProgress value)
    {
        lock (gate)
        {
            if (value.FilesFailed > failuresSeen && value.LastFailure is { } failure)
            {
                failuresSeen = value.FilesFailed;
                writer.WriteLine($"failed: {failure.Album}/{failure.Name}: {failure.Message}");
            }

            var phaseChanged = value.Phase != lastPhase;
            if (value.Phase == ExportPhase.Done || (!phaseChanged && time.GetElapsedTime(lastLine) < interval))
            {
                lastPhase = value.Phase;
                return;
            }

            lastPhase = value.Phase;
            lastLine = time.GetTimestamp();
            writer.WriteLine(ProgressLine.Format(value));
            writer.Flush();
        }
    }
}
