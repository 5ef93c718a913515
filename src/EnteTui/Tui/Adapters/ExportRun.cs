using EnteTui.Tui.Screens.ExportProgress;

namespace EnteTui.Tui.Adapters;

/// <summary>
/// One export started from the TUI: runs the export service on the thread pool, pauses through
/// <see cref="ExportControl"/>, stops through cancellation (between files), and in continuous
/// mode runs again after an interval until stopped or switched off.
/// </summary>
public sealed class ExportRun : ITransferRun
{
    private readonly ExportService service;
    private readonly ExportSession session;
    private readonly ExportOptions options;
    private readonly TimeProvider time;
    private readonly TimeSpan interval;
    private readonly CancellationTokenSource stop = new();
    private readonly ExportControl control = new();
    private readonly LatestProgress progress = new();
    private readonly FailureLog failures = new();
    private readonly Lock gate = new();
    private CancellationTokenSource? wake;
    private volatile bool watching;
    private volatile bool continuous;
    private DateTimeOffset? nextCheck;
    private RunPhase? final;
    private string? error;
    private int unchanged;

    private ExportRun(ExportService service, ExportSession session, ExportOptions options, bool continuous, TimeProvider time, TimeSpan interval)
    {
        this.service = service;
        this.session = session;
        this.options = options;
        this.continuous = continuous;
        this.time = time;
        this.interval = interval;
        Completion = Task.CompletedTask;
    }

    public Task Completion { get; private set; }

    public bool SupportsContinuous => true;

    public bool Continuous
    {
        get => continuous;
        set
        {
            continuous = value;
            if (!value)
            {
                lock (gate)
                {
                    wake?.Cancel();
                }
            }
        }
    }

    public static ExportRun Start(ExportService service, ExportSession session, ExportOptions options, bool continuous, TimeProvider time, TimeSpan interval)
    {
        var run = new ExportRun(service, session, options, continuous, time, interval);
        run.Completion = Task.Run(run.LoopAsync);
        return run;
    }

    public void Pause() => control.Pause();

    public void Resume() => control.Resume();

    public void Stop()
    {
        control.Resume();
        stop.Cancel();
    }

    public TransferSnapshot Snapshot()
    {
        var p = progress.Latest;
        failures.Add(p?.LastFailure);
        RunPhase? ended;
        string? problem;
        lock (gate)
        {
            ended = final;
            problem = error;
        }

        var phase = ended
            ?? (stop.IsCancellationRequested ? RunPhase.Stopping
            : watching ? RunPhase.Watching
            : control.IsPaused ? RunPhase.Paused
            : p is null || p.Phase is ExportPhase.Starting or ExportPhase.Syncing or ExportPhase.Planning ? RunPhase.Preparing
            : RunPhase.Running);
        return new TransferSnapshot(
            phase,
            p?.FilesDone ?? 0,
            p?.FilesTotal ?? 0,
            p?.BytesDone ?? 0,
            p?.BytesTotal ?? 0,
            p is null || phase is not (RunPhase.Running or RunPhase.Paused or RunPhase.Stopping)
                ? []
                : p.Active.Select(a => new ActiveItem($"{a.Album} / {a.Name}", a.BytesDone, a.BytesTotal)).ToList(),
            p?.Albums.Select(ToGroup).ToList() ?? [],
            failures.All,
            Volatile.Read(ref unchanged),
            Note(phase, p),
            problem);
    }

    private static GroupProgress ToGroup(AlbumProgress a)
    {
        var state = a.Done + a.Failed >= a.Total ? (a.Failed > 0 ? GroupState.Failed : GroupState.Done)
            : a.Done + a.Failed > 0 ? GroupState.Running
            : GroupState.Waiting;
        return new GroupProgress(a.Album, state, a.Done, a.Total, a.Failed);
    }

    private string? Note(RunPhase phase, ExportProgress? p) => phase switch
    {
        RunPhase.Preparing when p?.Phase == ExportPhase.Planning => "Working out what changed…",
        RunPhase.Preparing => "Syncing the library with the server…",
        RunPhase.Paused => "Paused: the files in flight finish, nothing new starts. p resumes.",
        RunPhase.Watching => nextCheck is { } at ? $"Next check at {at.ToLocalTime():HH:mm:ss}; c switches continuous mode off." : null,
        _ => p?.Message,
    };

    private async Task LoopAsync()
    {
        try
        {
            while (true)
            {
                var result = await service.RunAsync(session, options, progress, control, stop.Token).ConfigureAwait(false);
                failures.AddRange(result.Failures);
                Volatile.Write(ref unchanged, result.Counters.Unchanged);
                if (result.Outcome == ExportOutcome.Cancelled || stop.IsCancellationRequested)
                {
                    End(RunPhase.Stopped);
                    return;
                }

                if (result.Outcome == ExportOutcome.DiskFull)
                {
                    End(RunPhase.Failed, "The export disk is full. Free some space and run the export again.");
                    return;
                }

                if (!continuous || !await WaitForNextCheckAsync().ConfigureAwait(false))
                {
                    End(stop.IsCancellationRequested ? RunPhase.Stopped : RunPhase.Finished);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            End(RunPhase.Stopped);
        }
        catch (Exception e)
        {
            End(RunPhase.Failed, e.Message);
        }
    }

    /// <summary>True when it is time to run again; false when stopped or continuous mode was switched off.</summary>
    private async Task<bool> WaitForNextCheckAsync()
    {
        using var sleeper = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        lock (gate)
        {
            wake = sleeper;
            nextCheck = time.GetUtcNow() + interval;
        }

        watching = true;
        try
        {
            await Task.Delay(interval, time, sleeper.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            watching = false;
            lock (gate)
            {
                wake = null;
            }
        }

        return continuous && !stop.IsCancellationRequested;
    }

    private void End(RunPhase phase, string? message = null)
    {
        lock (gate)
        {
            final = phase;
            error = message;
        }
    }
}
