using EnteTui.Core.Takeout.Archives;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tui.Adapters.Takeout;

/// <summary>
/// The wizard's search over every sidecar of a scan (hundreds of thousands in a lifetime library):
/// runs off the UI thread (the overlay asks on each keystroke), filters the path-ordered index in
/// order until it has <see cref="Limit"/> hits, and reads those hits for their date and place.
/// </summary>
public static class SidecarSearch
{
    public const int Limit = 50;

    public static Task<IReadOnlyList<SidecarCandidate>> FindAsync(TakeoutScanResult scan, TakeoutEntry[] sorted, string query, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                var text = query.Trim();
                var hits = sorted.Where(e => !cancellationToken.IsCancellationRequested && e.PathContains(text, StringComparison.OrdinalIgnoreCase)).Take(Limit).ToList();
                cancellationToken.ThrowIfCancellationRequested();
                var data = await ScanReportMapper.ReadSidecarsAsync(scan, hits, cancellationToken).ConfigureAwait(false);
                return (IReadOnlyList<SidecarCandidate>)hits.Select(e => ScanReportMapper.Candidate(e.Path, e, data.GetValueOrDefault(e.Path))).ToList();
            },
            cancellationToken);
}
