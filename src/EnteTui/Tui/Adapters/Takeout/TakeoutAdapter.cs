using System.Collections.Concurrent;
using EnteTui.Core.Import;
using EnteTui.Core.Import.Planning;
using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Takeout.State;
using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tui.Adapters.Takeout;

/// <summary>
/// The wizard's backend over the Takeout scanner, the scan state (listing cache and resolutions)
/// and the import service. A "fallback" decision is stored as an empty sidecar path: the store
/// knows only sidecar-or-skip, and the import uploads an unpaired file with its fallback date anyway.
/// </summary>
public sealed class TakeoutAdapter(TakeoutImportService imports, TakeoutStateStore state, SessionCache sessions, WizardSessionFile sessionFile) : ITakeoutBackend
{
    private const string FallbackMarker = "";
    private readonly ConcurrentDictionary<string, TakeoutScanResult> scans = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TakeoutEntry[]> sidecarsByPath = new(StringComparer.Ordinal);

    public ITakeoutScan StartScan(IReadOnlyList<string> parts) =>
        TakeoutScanRun.Start(parts, state, result =>
        {
            scans[result.SessionKey] = result;
            sidecarsByPath.TryRemove(result.SessionKey, out _);
        });

    public async Task<IReadOnlyList<SidecarCandidate>> SearchSidecarsAsync(TakeoutReport report, string query, CancellationToken cancellationToken)
    {
        if (!scans.TryGetValue(report.Key, out var scan) || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        // Off the UI thread (the overlay calls this on each keystroke): the index is built once per scan,
        // then each search only filters it in path order and reads the first hits for their date and place.
        return await Task.Run(
            async () =>
            {
                var sorted = sidecarsByPath.GetOrAdd(report.Key, _ => ScanReportMapper.SortedSidecars(scan));
                var text = query.Trim();
                var hits = sorted.Where(e => !cancellationToken.IsCancellationRequested && e.PathContains(text, StringComparison.OrdinalIgnoreCase)).Take(50).ToList();
                cancellationToken.ThrowIfCancellationRequested();
                var data = await ScanReportMapper.ReadSidecarsAsync(scan, hits, cancellationToken).ConfigureAwait(false);
                return (IReadOnlyList<SidecarCandidate>)hits.Select(e => ScanReportMapper.Candidate(e.Path, e, data.GetValueOrDefault(e.Path))).ToList();
            },
            cancellationToken).ConfigureAwait(false);
    }

    public IReadOnlyDictionary<string, Resolution> LoadResolutions(TakeoutReport report) =>
        state.GetResolutions(report.Key).ToDictionary(
            r => r.Key,
            r => r.Value switch
            {
                null => Resolution.Skip,
                FallbackMarker => Resolution.Fallback,
                var sidecar => Resolution.Use(sidecar),
            },
            StringComparer.Ordinal);

    public void SaveResolution(TakeoutReport report, string mediaPath, Resolution? resolution)
    {
        if (resolution is null)
        {
            state.RemoveResolution(report.Key, mediaPath);
            return;
        }

        state.SaveResolution(report.Key, mediaPath, resolution.Kind switch
        {
            ResolutionKind.Sidecar => resolution.SidecarPath,
            ResolutionKind.Fallback => FallbackMarker,
            _ => null,
        });
    }

    public ITransferRun StartImport(ImportRequest request)
    {
        var pairings = request.Resolutions
            .Where(r => r.Value.Kind != ResolutionKind.Fallback)
            .ToDictionary(r => r.Key, r => r.Value.Kind == ResolutionKind.Sidecar ? r.Value.SidecarPath : null, StringComparer.Ordinal);
        var (dates, bytesPerSecond) = Shell.DateAndRatePrompts.Parse(request.Target.Since, request.Target.Until, request.Target.BandwidthLimit);
        var options = new ImportOptions
        {
            AlbumForUnsorted = request.Target.KeepAlbums ? null : request.Target.SingleAlbum,
            Dates = dates,
            BandwidthLimit = bytesPerSecond,
        };
        return ImportRun.Start(imports, sessions.Get(request.Account.Email), request.Parts, options, pairings);
    }

    public WizardSession? LoadSession() => sessionFile.Load();

    public void SaveSession(WizardSession session) => sessionFile.Save(session);
}
