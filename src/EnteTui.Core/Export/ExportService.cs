namespace EnteTui.Core.Export;

/// <summary>
/// The export feature's entry point for the command line and the TUI: sync the library, list
/// albums with counts, run an export (progress, pause, cancel), or keep exporting (<c>--watch</c>).
/// Library and state files stay open for the service's lifetime and are shared by callers.
/// </summary>
public sealed class ExportService(AppPaths paths, TimeProvider time, ILoggerFactory loggers) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<LibraryStore>> libraries = new();
    private readonly ConcurrentDictionary<string, Lazy<ExportStateStore>> states = new();
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(30);

    private readonly ILogger logger = loggers.CreateLogger("EnteTui.Export");
    private readonly StoreUsers users = new();
    private int disposed;

    public string LibraryPath(long userId) => Path.Combine(paths.StateDir, "library", $"{userId}.db");

    /// <exception cref="StoreInUseException">another process (the TUI, a cron export) has the account's library open.</exception>
    public LibraryStore Library(long userId) => Open(libraries, LibraryPath(userId), p => new LibraryStore(p));

    public ExportStateStore State(long userId, string root) => Open(states, ExportStateStore.PathFor(paths.StateDir, userId, root), p => new ExportStateStore(p));

    public async Task<SyncSummary> SyncAsync(ExportSession session, CancellationToken cancellationToken)
    {
        using var use = users.Enter(cancellationToken);
        return await new LibrarySyncer(session.Api, Library(session.UserId), session.KeyRing(), logger).SyncAsync(use.Token);
    }

    /// <summary>Every live album in the library (sync first for fresh numbers), with what <paramref name="root"/> holds of it.</summary>
    public IReadOnlyList<AlbumSummary> ListAlbums(long userId, string? root)
    {
        var library = Library(userId);
        var state = root is null ? null : State(userId, root);
        var trashed = library.TrashedFileIds();
        return library.AllCollections().Where(c => !c.IsDeleted).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(c =>
        {
            var files = library.FilesIn(c.Id).Where(f => !trashed.Contains(f.FileId)).ToList();
            var album = state?.Albums.FindById(c.Id);
            var exported = state?.Items.Count(i => i.CollectionId == c.Id) ?? 0;
            return new AlbumSummary(c.Id, c.Name, files.Count, files.Sum(f => f.EncryptedSize), c.IsHidden, c.IsArchived, c.IsShared, exported, album?.FolderName);
        }).ToList();
    }

    public ExportRunRecord? LastRun(long userId, string root) => State(userId, root).LastRun();

    public async Task<ExportResult> RunAsync(
        ExportSession session,
        ExportOptions options,
        IProgress<ExportProgress>? progress = null,
        ExportControl? control = null,
        CancellationToken cancellationToken = default)
    {
        using var use = users.Enter(cancellationToken);
        cancellationToken = use.Token;
        options = options with { Root = Path.GetFullPath(options.Root) };
        var started = time.GetUtcNow();
        using var exportLock = options.DryRun ? null : AcquireLock(options.Root);
        if (!options.DryRun)
        {
            LeftoverFiles.Clean(options.Root, options.MetaDir);
            var recovering = State(session.UserId, options.Root);
            AlbumFolderMoves.Recover(options.Root, options.MetaDir, records => recovering.Apply([.. records.Select(r => new StateChange.PutAlbum(r))]), logger);
        }

        var tracker = new ProgressTracker(time);
        using var reporter = new ProgressPump(tracker, progress, time);
        tracker.Phase = ExportPhase.Syncing;
        await SyncAsync(session, cancellationToken);

        tracker.Phase = ExportPhase.Planning;
        var userId = session.UserId;
        var library = Library(userId);
        var store = State(userId, options.Root);
        var collections = library.AllCollections();
        var trashed = library.TrashedFileIds();
        var exported = store.Albums.FindAll().ToDictionary(a => a.Id);
        var selected = AlbumSelector.Select(collections, options)
            .Where(c => !options.Dates.IsBounded || exported.ContainsKey(c.Id) || library.FilesIn(c.Id).Any(f => !trashed.Contains(f.FileId) && options.Dates.Contains(f.EffectiveTime)))
            .ToList();
        var inputs = new ExportInputs(
            collections,
            selected,
            library.FilesIn,
            trashed,
            exported,
            KeptWhileUndecodable(store.Items.FindAll(), library).ToLookup(i => i.CollectionId));
        var disk = new DiskSnapshot(options.Root, options.MetaDir);
        var plan = new ExportPlanner(options, userId, disk).Plan(inputs);
        var counters = new ExportCounters { Unchanged = plan.ItemCount - plan.ContentPlacements.Count() };
        if (options.DryRun)
        {
            tracker.Phase = ExportPhase.Done;
            var changes = PlanDescriber.Describe(plan, options.Deletions);
            return new ExportResult(ExportOutcome.Completed, options.Root, counters, [], time.GetUtcNow() - started, true, changes);
        }

        using var bandwidth = options.BandwidthLimit > 0 ? new Bandwidth.BandwidthLimiter(options.BandwidthLimit, time) : null;
        var context = new ExportContext(
            options, userId, session.Api, session.KeyRing(), collections.ToDictionary(c => c.Id),
            new ExportStateWriter(store, time), tracker, counters, control ?? new ExportControl(), time, logger)
        {
            Bandwidth = bandwidth,
        };
        var executor = new ExportExecutor(context);
        var outcome = await executor.RunAsync(plan, cancellationToken);
        tracker.Phase = ExportPhase.Done;
        var undecodable = UndecodableFailures(library, selected);
        if (outcome == ExportOutcome.Completed && undecodable.Count > 0)
        {
            outcome = ExportOutcome.CompletedWithFailures;
        }

        var result = new ExportResult(outcome, options.Root, counters, [.. undecodable, .. executor.Failures], time.GetUtcNow() - started, false, []);
        store.Apply([new StateChange.PutRun(new ExportRunRecord
        {
            StartedAt = started,
            FinishedAt = time.GetUtcNow(),
            Outcome = outcome.ToString(),
            Downloaded = counters.Downloaded,
            Failed = result.Failures.Count,
            Failures = result.Failures.ToList(),
        })]);
        return result;
    }

    /// <summary>Runs, waits <paramref name="interval"/>, runs again, until cancelled; each result goes to <paramref name="onRun"/>.</summary>
    public async Task WatchAsync(
        ExportSession session,
        ExportOptions options,
        TimeSpan interval,
        Action<ExportResult> onRun,
        IProgress<ExportProgress>? progress = null,
        ExportControl? control = null,
        CancellationToken cancellationToken = default,
        Action<Exception>? onError = null)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var result = await RunAsync(session, options, progress, control, cancellationToken);
                onRun(result);
                if (result.Outcome is ExportOutcome.Cancelled or ExportOutcome.DiskFull)
                {
                    return;
                }
            }
            catch (Exception e) when (e is IOException or HttpRequestException or Api.EnteApiException)
            {
                logger.LogWarning("Watch: this run failed, trying again after the interval: {Reason}", e.Message);
                onError?.Invoke(e);
            }

            try
            {
                await Task.Delay(interval, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Stops running exports and syncs (they end as cancelled), then closes the stores.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        if (!users.CloseAndWait(StopLimit))
        {
            logger.LogWarning("An export was still running {Limit} after it was asked to stop; closing its state files anyway", StopLimit);
        }

        users.Dispose();
        foreach (var store in libraries.Values.Where(l => l.IsValueCreated))
        {
            store.Value.Dispose();
        }

        foreach (var store in states.Values.Where(s => s.IsValueCreated))
        {
            store.Value.Dispose();
        }
    }

    /// <summary>
    /// A file that turned undecodable is left as exported (the planner does not see its state, so it
    /// neither removes it nor reuses its names) until the server sends a good version or removes it.
    /// </summary>
    private static IEnumerable<ExportedItem> KeptWhileUndecodable(IEnumerable<ExportedItem> items, LibraryStore library)
    {
        var undecodable = library.Undecodable.FindAll().Select(u => (u.CollectionId, u.FileId)).ToHashSet();
        return undecodable.Count == 0 ? items : items.Where(i => !undecodable.Contains((i.CollectionId, i.FileId)));
    }

    /// <summary>Files of the selected albums the server sent in a form that cannot be decrypted: each is a failure of every run until fixed.</summary>
    private static List<ExportFailure> UndecodableFailures(LibraryStore library, IReadOnlyList<LibraryCollection> selected)
    {
        var albums = selected.ToDictionary(c => c.Id, c => c.Name);
        return library.Undecodable.FindAll()
            .Where(u => albums.ContainsKey(u.CollectionId))
            .OrderBy(u => u.FileId)
            .Select(u => new ExportFailure(u.FileId, u.CollectionId, albums[u.CollectionId], "", $"the server sent this file in a form that cannot be decrypted ({u.Reason}); skipped"))
            .ToList();
    }

    /// <summary>Opens once and keeps open; a refusal is not cached, so the next call tries again.</summary>
    private static T Open<T>(ConcurrentDictionary<string, Lazy<T>> cache, string path, Func<string, T> open)
    {
        var lazy = cache.GetOrAdd(path, p => new Lazy<T>(() => open(p)));
        try
        {
            return lazy.Value;
        }
        catch (StoreInUseException)
        {
            cache.TryRemove(new KeyValuePair<string, Lazy<T>>(path, lazy));
            throw;
        }
    }

    private static StoreLock AcquireLock(string root)
    {
        Directory.CreateDirectory(root);
        return ExportLock.Acquire(root);
    }
}
