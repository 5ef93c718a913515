using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tui.Adapters.Takeout;

/// <summary>One wizard scan on the thread pool: the real scanner (with the listing cache and a progress tracker the screen polls), then the report for the screens.</summary>
public sealed class TakeoutScanRun : ITakeoutScan
{
    private readonly CancellationTokenSource cancel = new();
    private readonly ScanProgressTracker tracker;

    private TakeoutScanRun(TimeProvider time)
    {
        tracker = new ScanProgressTracker(time);
        Completion = Task.FromException<TakeoutReport>(new InvalidOperationException("not started"));
    }

    public Task<TakeoutReport> Completion { get; private set; }

    public TakeoutScanResult? Result { get; private set; }

    public static TakeoutScanRun Start(IReadOnlyList<string> parts, IListingCache? cache, Action<TakeoutScanResult> scanned, TimeProvider? time = null)
    {
        var run = new TakeoutScanRun(time ?? TimeProvider.System);
        run.Completion = Task.Run(async () =>
        {
            var token = run.cancel.Token;
            var result = new TakeoutScanner(new ScanOptions(), cache, run.tracker).Scan(parts, token);
            run.Result = result;
            scanned(result);
            return await ScanReportMapper.MapAsync(result, token).ConfigureAwait(false);
        });
        return run;
    }

    public ScanProgress Snapshot() => tracker.Snapshot();

    public void Cancel() => cancel.Cancel();
}
