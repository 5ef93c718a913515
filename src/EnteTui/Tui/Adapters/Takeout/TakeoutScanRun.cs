using EnteTui.Core.Takeout.Scanning;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tui.Adapters.Takeout;

/// <summary>One wizard scan on the thread pool: the real scanner (with the listing cache), then the report for the screens.</summary>
public sealed class TakeoutScanRun : ITakeoutScan
{
    private readonly CancellationTokenSource cancel = new();
    private readonly int partCount;
    private volatile bool listed;

    private TakeoutScanRun(int partCount)
    {
        this.partCount = partCount;
        Completion = Task.FromException<TakeoutReport>(new InvalidOperationException("not started"));
    }

    public Task<TakeoutReport> Completion { get; private set; }

    public TakeoutScanResult? Result { get; private set; }

    public static TakeoutScanRun Start(IReadOnlyList<string> parts, IListingCache? cache, Action<TakeoutScanResult> scanned)
    {
        var run = new TakeoutScanRun(parts.Count);
        run.Completion = Task.Run(async () =>
        {
            var token = run.cancel.Token;
            var result = new TakeoutScanner(new ScanOptions(), cache).Scan(parts, token);
            run.Result = result;
            run.listed = true;
            scanned(result);
            return await ScanReportMapper.MapAsync(result, token).ConfigureAwait(false);
        });
        return run;
    }

    public ScanProgress Snapshot() => listed
        ? new ScanProgress(partCount, partCount, Result?.Parts.Sum(p => (long)p.Entries) ?? 0, null)
        : new ScanProgress(0, partCount, 0, null);

    public void Cancel() => cancel.Cancel();
}
