using EnteTui.Core.Bandwidth;
using EnteTui.Core.Import.Metadata;
using EnteTui.Core.Import.Outcomes;
using EnteTui.Core.Import.State;
using EnteTui.Core.Import.Upload;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnteTui.Core.Import;

/// <summary>
/// Runs an <see cref="ImportPlan"/> against one account: groups already done in an earlier run are
/// skipped, the rest are processed by <see cref="ImportOptions.Parallelism"/> workers. A failing
/// item is recorded and skipped; storage full (426), no subscription (402) or an expired session
/// (401) stop the whole run cleanly. Cancelling stops it too; running again resumes.
/// </summary>
public sealed class ImportRunner(IImportSource source, IImportTarget target, ImportStateStore state, TimeProvider time, ILogger? logger = null, Thumbnailer? thumbnailer = null)
{
    private readonly ILogger log = logger ?? NullLogger.Instance;

    public async Task<ImportSummary> RunAsync(ImportPlan plan, AccountSnapshot account, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var done = state.DoneGroups();
        var pending = plan.Groups.Where(g => !done.Contains(g.Key)).ToList();
        var tracker = new ProgressTracker(pending.Count, pending.Sum(g => g.Size), progress, time);
        using var bandwidth = plan.Options.BandwidthLimit > 0 ? new BandwidthLimiter(plan.Options.BandwidthLimit, time) : null;
        var context = new ImportContext(
            source,
            target,
            new ObjectUploader(target, new UploadUrlPool(target, Math.Clamp(plan.Options.Parallelism * 4, 4, 50)), bandwidth),
            new AlbumResolver(target, account, state),
            DedupeIndex.FromAccount(account),
            state,
            new KeyedLock(),
            new MetadataBuilder(plan.Options.TimeZone, time),
            plan.Options,
            tracker,
            new PartGates(source),
            thumbnailer ?? new Thumbnailer(new FfmpegTools(MediaToolOptions.FromPath)));
        var processor = new GroupProcessor(context);
        var failures = new ConcurrentQueue<ImportFailure>();
        var entries = new ConcurrentQueue<EntryResult>();
        var finished = new ConcurrentDictionary<ImportGroup, byte>(ReferenceEqualityComparer.Instance);
        string? stopped = null;
        var cancelled = false;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, plan.Options.Parallelism), CancellationToken = stop.Token };
        try
        {
            await Parallel.ForEachAsync(pending, options, async (group, token) =>
            {
                var name = group.Copies[0].Media.Path;
                tracker.Started(name);
                try
                {
                    var outcome = await processor.ProcessAsync(group, token);
                    state.SaveGroup(new GroupRecord { Id = group.Key, Done = true });
                    finished[group] = 0;
                    foreach (var entry in outcome.Entries)
                    {
                        entries.Enqueue(entry);
                    }

                    tracker.Finished(name, outcome.Uploaded, outcome.AlreadyPresent);
                }
                catch (EnteApiException ex) when (StopsTheRun(ex) is { } reason)
                {
                    stopped ??= reason;
                    log.LogError("Import stopped at {Path}: {Reason}", name, reason);
                    await stop.CancelAsync();
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    var message = ex is EnteApiException or InvalidDataException or IOException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
                    failures.Enqueue(new ImportFailure(name, message));
                    finished[group] = 0;
                    foreach (var entry in EntryResults.Of(group, EntryOutcome.Failed, message))
                    {
                        entries.Enqueue(entry);
                    }

                    var previous = state.FindGroup(group.Key);
                    state.SaveGroup(new GroupRecord { Id = group.Key, Done = false, Error = message, Attempts = (previous?.Attempts ?? 0) + 1 });
                    tracker.Failed(name, message);
                    log.LogWarning("Import of {Path} failed: {Message}", name, message);
                }
            });
        }
        catch (OperationCanceledException)
        {
            cancelled = cancellationToken.IsCancellationRequested;
        }
        finally
        {
            state.Flush();
        }

        tracker.Report(force: true);
        var notReached = stopped is not null ? $"not imported: {stopped}" : "not imported: the import was interrupted";
        var all = plan.Skipped.Select(EntryResults.Of)
            .Concat(plan.Groups.Where(g => done.Contains(g.Key)).SelectMany(g => EntryResults.Of(g, EntryOutcome.DoneEarlier, "imported by an earlier run")))
            .Concat(entries)
            .Concat(pending.Where(g => !finished.ContainsKey(g)).SelectMany(g => EntryResults.Of(g, EntryOutcome.Failed, notReached)))
            .ToList();
        return new ImportSummary
        {
            Entries = all,
            ScannedEntries = all.Count,
            TotalItems = plan.Groups.Count,
            Uploaded = tracker.Uploaded,
            AlreadyPresent = tracker.AlreadyPresent,
            DoneEarlier = plan.Groups.Count - pending.Count,
            Failures = failures.ToList(),
            Skipped = plan.Skipped,
            UploadedBytes = tracker.UploadedBytes,
            Elapsed = tracker.Elapsed,
            StoppedReason = stopped,
            Cancelled = cancelled,
        };
    }

    private static string? StopsTheRun(EnteApiException ex) => ex.Kind switch
    {
        EnteApiErrorKind.StorageFull => "Your Ente storage is full (HTTP 426). Free up space or upgrade your plan, then run the same import again: it continues where it stopped.",
        EnteApiErrorKind.SubscriptionRequired => "Your Ente subscription has expired (HTTP 402). Renew it, then run the same import again to continue.",
        EnteApiErrorKind.Unauthorized => "The session has expired (HTTP 401). Run `account add` again for this email, then run the same import again.",
        _ => null,
    };
}
