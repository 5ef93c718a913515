using EnteTui.Core.Accounts;
using EnteTui.Core.Export;
using EnteTui.Core.Import.Outcomes;
using EnteTui.Core.Import.Sources;
using EnteTui.Core.Import.State;
using EnteTui.Core.Import.Upload;
using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Core.Import;

/// <summary>
/// The Takeout import for the command line and the TUI wizard: <see cref="PrepareAsync"/> scans the
/// parts (or takes the cached listing) and plans; <see cref="RunAsync"/> syncs the account for
/// dedupe and uploads, resumable: cancel at any time and call it again with the same parts.
/// </summary>
public sealed class TakeoutImportService(AppPaths paths, ExportService library, TimeProvider time, ILoggerFactory loggers, Thumbnailer thumbnailer, IListingCache? cache = null)
{
    private readonly ILogger logger = loggers.CreateLogger("EnteTui.Import");

    public async Task<TakeoutImportJob> PrepareAsync(
        IReadOnlyList<string> parts, ImportOptions options, IReadOnlyDictionary<string, string?>? pairings, IProgress<ScanProgress>? scanProgress, CancellationToken cancellationToken)
    {
        var mapped = await ScanAndMapAsync(parts, options, pairings, scanProgress, cancellationToken);
        try
        {
            var plan = await Task.Run(() => PlanAfterTheScan(mapped, options), cancellationToken);
            logger.LogInformation(
                "Takeout import planned: {Groups} items, {Skipped} left out, {Parts} parts ({Cached} listings from the scan cache)",
                plan.Groups.Count, plan.Skipped.Count, mapped.Scan.Parts.Count, mapped.Scan.Parts.Count(p => p.FromCache));
            return new TakeoutImportJob(mapped.Scan, mapped.Source, plan, mapped.Resolutions);
        }
        catch
        {
            mapped.Source.Dispose();
            throw;
        }
    }

    /// <summary><see cref="FfmpegTools.MissingWarning"/> when the plan holds videos and ffmpeg is not installed, else null.</summary>
    public string? VideoToolWarning(ImportPlan plan) =>
        !thumbnailer.Ffmpeg.Available && plan.Groups.Any(g => !g.Copies[0].IsLivePhoto && g.Copies[0].Media.TypeByName == EnteFileType.Video)
            ? FfmpegTools.MissingWarning
            : null;

    /// <summary>
    /// Plans on a worker of its own, off the stack that ran the scan. Trade-off: one full blocking
    /// collection first (about a second at a million entries), so the plan reuses the memory of the
    /// scan's matching, which is garbage from here on, instead of growing the process by the plan's size.
    /// </summary>
    private static ImportPlan PlanAfterTheScan(MappedTakeout mapped, ImportOptions options)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return ImportPlanner.Plan(mapped.Media, options, mapped.Resolutions.Skipped);
    }

    /// <summary>Scans (or takes the cached listings) and maps the media; the scan result is left behind when this returns.</summary>
    private async Task<MappedTakeout> ScanAndMapAsync(
        IReadOnlyList<string> parts, ImportOptions options, IReadOnlyDictionary<string, string?>? pairings, IProgress<ScanProgress>? scanProgress, CancellationToken cancellationToken)
    {
        var tracker = scanProgress is null ? null : new ScanProgressTracker(time, scanProgress);
        var scanner = new TakeoutScanner(new ScanOptions { TimeZone = options.TimeZone, ReadExif = false }, cache, tracker);
        TakeoutScanResult? scan = await Task.Run(() => scanner.Scan(parts, cancellationToken), cancellationToken);
        var source = scan.OpenSource();
        try
        {
            var resolutions = pairings is null ? Resolutions.None : await Resolutions.ResolveAsync(pairings, scan, source, cancellationToken);
            var mapped = new MappedTakeout(TakeoutMediaMapper.Map(scan, resolutions.Paired), ImportScan.Of(scan), source, resolutions);

            // The scan lives in this method's state machine, which the caller's continuation can run on
            // top of: dropped here, its matching is garbage by the time the plan is made.
            scan = null;
            return mapped;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public async Task<ImportSummary> RunAsync(TakeoutImportJob job, AccountSession account, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new ImportProgress { Phase = ImportPhase.Syncing, TotalItems = job.Plan.Groups.Count });
        var session = ExportSession.From(account);
        await library.SyncAsync(session, cancellationToken);
        var snapshot = AccountSnapshotLoader.Load(library.Library(account.UserId), account.UserId, session.Keys);
        using var state = new ImportStateStore(ImportStateStore.PathFor(paths.StateDir, account.UserId));
        var runner = new ImportRunner(new TakeoutMediaSource(job.Source), new ApiImportTarget(account.Api), state, time, logger, thumbnailer);
        var summary = ScanAccounting.Reconcile(await runner.RunAsync(job.Plan, snapshot, progress, cancellationToken), job.Scan);
        logger.LogInformation(
            "Takeout import finished: {Entries} entries: {Uploaded} uploaded, {Present} already in Ente, {Earlier} done earlier, {Copies} copies, {LeftOut} left out, {Failed} failed; stopped: {Stopped}",
            summary.ScannedEntries, summary.Count(EntryOutcome.Uploaded), summary.Count(EntryOutcome.AlreadyInEnte), summary.Count(EntryOutcome.DoneEarlier),
            summary.Count(EntryOutcome.CopyOfAnother), summary.Count(EntryOutcome.LeftOut), summary.Count(EntryOutcome.Failed), summary.StoppedReason ?? "no");
        return summary;
    }
}
