namespace EnteTui.Tui.Adapters;

/// <summary>Keeps only the newest progress report; the UI reads it when it samples (nothing is posted to the UI thread).</summary>
public sealed class LatestProgress : IProgress<ExportProgress>
{
    private volatile ExportProgress? latest;

    public ExportProgress? Latest => latest;

    public void Report(ExportProgress value) => latest = value;
}
