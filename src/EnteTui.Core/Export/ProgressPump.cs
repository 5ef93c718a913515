namespace EnteTui.Core.Export;

/// <summary>Reports a progress snapshot every 250 ms while a run lasts, and once more at the end.</summary>
internal sealed class ProgressPump : IDisposable
{
    private readonly ProgressTracker tracker;
    private readonly IProgress<ExportProgress>? progress;
    private readonly ITimer? timer;

    public ProgressPump(ProgressTracker tracker, IProgress<ExportProgress>? progress, TimeProvider time)
    {
        this.tracker = tracker;
        this.progress = progress;
        if (progress is not null)
        {
            timer = time.CreateTimer(_ => progress.Report(tracker.Snapshot()), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));
        }
    }

    public void Dispose()
    {
        timer?.Dispose();
        progress?.Report(tracker.Snapshot() with { Phase = ExportPhase.Done });
    }
}
