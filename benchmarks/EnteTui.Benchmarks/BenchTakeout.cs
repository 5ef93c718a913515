using System.Globalization;
using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Dates;
using EnteTui.Core.Takeout.Scanning;
using EnteTui.Tui.Adapters.Takeout;
using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Benchmarks;

/// <summary>
/// A lifetime library for the wizard benchmark: a report of 50 parts with <c>unmatched</c> media
/// (two candidates each) and the real sidecar search (<see cref="SidecarSearch"/>) over
/// <c>sidecars</c> entries in year and album folders; the scan completes at once.
/// </summary>
internal sealed class BenchTakeout : ITakeoutBackend
{
    private readonly TakeoutScanResult scan;
    private readonly TakeoutEntry[] sorted;
    private readonly TakeoutReport report;

    public BenchTakeout(int sidecars, int unmatched)
    {
        var entries = Enumerable.Range(0, sidecars).Select(i => new TakeoutEntry(1 + (i % 50), i, Sidecar(i), 700)).ToList();
        scan = new TakeoutScanResult([], [], entries, [], [], []);
        sorted = ScanReportMapper.SortedSidecars(scan);
        var parts = Enumerable.Range(1, 50).Select(p => new PartSummary(p, Text($"/takeout/takeout-20240712T112341Z-{p:000}.zip"), "zip", 20_000, 10_000, sidecars / 50, unmatched / 50, 0)).ToList();
        var media = Enumerable.Range(0, unmatched).Select(i => new UnmatchedMedia(
            Folder(i) + Text($"/IMG_{i:000000}(1).JPG"),
            1 + (i % 50),
            [new SidecarCandidate(Sidecar(i), 1, DateTimeOffset.UnixEpoch.AddSeconds(1_100_000_000 + i), null, Text($"IMG_{i:000000}.JPG")), new SidecarCandidate(Sidecar(i + 1), 2, null, null, null)],
            ResolvedDate.None)).ToList();
        report = new TakeoutReport("bench", parts, sidecars, new Dictionary<string, long> { ["exact"] = sidecars - unmatched, ["none"] = unmatched }, media, [], [], ["Trip 1", "Trip 2"]);
    }

    public int Sidecars => sorted.Length;

    public ITakeoutScan StartScan(IReadOnlyList<string> parts) => new Done(report, parts.Count);

    public Task<IReadOnlyList<SidecarCandidate>> SearchSidecarsAsync(TakeoutReport shown, string query, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(query) ? Task.FromResult<IReadOnlyList<SidecarCandidate>>([]) : SidecarSearch.FindAsync(scan, sorted, query, cancellationToken);

    public IReadOnlyDictionary<string, Resolution> LoadResolutions(TakeoutReport shown) => new Dictionary<string, Resolution>();

    public void SaveResolution(TakeoutReport shown, string mediaPath, Resolution? resolution)
    {
    }

    public ITransferRun StartImport(ImportRequest request) => throw new NotSupportedException("The benchmark never uploads.");

    public WizardSession? LoadSession() => null;

    public void SaveSession(WizardSession session)
    {
    }

    private static string Folder(int i) => i % 10 == 0
        ? Text($"Takeout/Google Photos/Trip {i / 500}")
        : Text($"Takeout/Google Photos/Photos from {2005 + (i % 20)}");

    private static string Sidecar(int i) => Folder(i) + Text($"/IMG_{i:000000}.JPG.supplemental-metadata.json");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Done(TakeoutReport report, int parts) : ITakeoutScan
    {
        public Task<TakeoutReport> Completion { get; } = Task.FromResult(report);

        public ScanProgress Snapshot() => ScanProgress.Starting(parts) with { Phase = ScanPhase.Done, PartsDone = parts };

        public void Cancel()
        {
        }
    }
}
