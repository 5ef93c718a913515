namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>A scan of Takeout parts in progress.</summary>
public interface ITakeoutScan
{
    Task<TakeoutReport> Completion { get; }

    ScanProgress Snapshot();

    void Cancel();
}
