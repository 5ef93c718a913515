namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>Where a transfer run (export or upload) is.</summary>
public enum RunPhase
{
    Preparing,
    Running,
    Paused,
    Stopping,

    /// <summary>Continuous mode: up to date, waiting for the next check.</summary>
    Watching,
    Finished,
    Stopped,
    Failed,
}
