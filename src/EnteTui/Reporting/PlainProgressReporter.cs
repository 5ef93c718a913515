using EnteTui.Core.Export;

namespace EnteTui.Reporting;

/// <summary>Progress for logs and cron mail: a plain line on each phase change, every few seconds while downloading, and per failure.</summary>
public sealed class PlainProgressReporter(TextWriter writer, TimeProvider time, TimeSpan? every = null) : IProgress<ExportProgress>
{
    private readonly Lock gate = new();
    private readonly PlainLineGate<ExportPhase> lines = new(every ?? TimeSpan.FromSeconds(10));
    private readonly long started = time.GetTimestamp();
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

            if (!lines.IsDue(value.Phase, time.GetElapsedTime(started)) || value.Phase == ExportPhase.Done)
            {
                return;
            }

            writer.WriteLine(ProgressLine.Format(value));
            writer.Flush();
        }
    }
}
