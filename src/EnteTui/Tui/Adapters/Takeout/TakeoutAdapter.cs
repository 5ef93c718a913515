using System.Collections.Concurrent;
using EnteTui.Core.Import.Planning;
using EnteTui.Core.Takeout.Archives;
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
            // Built here, on the scan's thread: the search filters it on each keystroke.
            sidecarsByPath[result.SessionKey] = ScanReportMapper.SortedSidecars(result);
            scans[result.SessionKey] = result;
        });

    public Task<IReadOnlyList<SidecarCandidate>> SearchSidecarsAsync(TakeoutReport report, string query, CancellationToken cancellationToken)
    {
        if (!scans.TryGetValue(report.Key, out var scan) || !sidecarsByPath.TryGetValue(report.Key, out var sorted) || string.IsNullOrWhiteSpace(query))
        {
            return Task.FromResult<IReadOnlyList<SidecarCandidate>>([]);
        }

        return SidecarSearch.FindAsync(scan, sorted, query, cancellationToken);
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
        return ImportRun.Start(imports, sessions.Get(request.Account.Email), request.Parts, options, pairings, request.AllowDamaged);
    }

    public WizardSession? LoadSession() => sessionFile.Load();

    public void SaveSession(WizardSession session) => sessionFile.Save(session);
}
