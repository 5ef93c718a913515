using EnteTui.Core.Import.Outcomes;
using EnteTui.Core.Import.Planning;
using EnteTui.Tui.Screens.ExportProgress;

namespace EnteTui.Tui.Adapters.Takeout;

/// <summary>
/// One upload started from the wizard: the same prepare-and-run as <c>takeout import --resolutions</c>,
/// on the thread pool. Stopping cancels between files (the import resumes exactly where it stopped).
/// The import service has no pause hook, so pausing is not offered (<see cref="SupportsPause"/>).
/// </summary>
public sealed class ImportRun : ITransferRun, IProgress<ImportProgress>
{
    private const string GroupName = "Takeout";
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private readonly List<TransferFailure> failures = [];
    private volatile ImportProgress? latest;
    private RunPhase? final;
    private string? error;
    private string? note;

    private ImportRun() => Completion = Task.CompletedTask;

    public Task Completion { get; private set; }

    public bool Continuous { get; set; }

    public bool SupportsContinuous => false;

    public bool SupportsPause => false;

    public static ImportRun Start(TakeoutImportService service, AccountSession account, IReadOnlyList<string> parts, ImportOptions options, IReadOnlyDictionary<string, string?> pairings, bool allowDamaged)
    {
        var run = new ImportRun();
        run.Completion = Task.Run(() => run.RunAsync(service, account, parts, options, pairings, allowDamaged));
        return run;
    }

    public void Report(ImportProgress value)
    {
        latest = value;
        if (value.LastFailure is { } failure)
        {
            AddFailure(failure);
        }
    }

    public void Pause()
    {
    }

    public void Resume()
    {
    }

    public void Stop() => stop.Cancel();

    public TransferSnapshot Snapshot()
    {
        var p = latest;
        RunPhase? ended;
        string? problem;
        string? summary;
        List<TransferFailure> failed;
        lock (gate)
        {
            (ended, problem, summary, failed) = (final, error, note, failures.ToList());
        }

        var phase = ended
            ?? (stop.IsCancellationRequested ? RunPhase.Stopping
            : p is null || p.Phase is ImportPhase.Scanning or ImportPhase.Syncing ? RunPhase.Preparing
            : RunPhase.Running);
        var done = p?.DoneItems ?? 0;
        var total = p?.TotalItems ?? 0;
        var group = new GroupProgress(GroupName, ended is RunPhase.Finished ? GroupState.Done : done > 0 ? GroupState.Running : GroupState.Waiting, done, total, p?.Failed ?? 0);
        return new TransferSnapshot(
            phase,
            done,
            total,
            p?.DoneBytes ?? 0,
            p?.TotalBytes ?? 0,
            phase is RunPhase.Running or RunPhase.Paused or RunPhase.Stopping ? p?.Current.Select(c => new ActiveItem(Path.GetFileName(c), 0, 0)).ToList() ?? [] : [],
            total > 0 ? [group] : [],
            failed,
            p?.AlreadyPresent ?? 0,
            summary ?? (phase == RunPhase.Preparing ? (p?.Phase == ImportPhase.Syncing ? "Syncing the account to skip what it already holds…" : "Scanning and planning the import…") : null),
            problem);
    }

    private async Task RunAsync(TakeoutImportService service, AccountSession account, IReadOnlyList<string> parts, ImportOptions options, IReadOnlyDictionary<string, string?> pairings, bool allowDamaged)
    {
        try
        {
            using var job = await service.PrepareAsync(parts, options, pairings, null, stop.Token).ConfigureAwait(false);
            if (DamagedParts.Refuse(job.Scan.Parts, allowDamaged))
            {
                End(RunPhase.Failed, DamagedParts.Describe(job.Scan.Parts) + "; nothing was uploaded. Download it again, or rescan and choose Import anyway.", null);
                return;
            }

            Report(new ImportProgress { Phase = ImportPhase.Syncing, TotalItems = job.Plan.Groups.Count });
            var summary = await service.RunAsync(job, account, this, stop.Token).ConfigureAwait(false);
            foreach (var failed in summary.Entries.Where(e => e.Outcome == EntryOutcome.Failed))
            {
                AddFailure($"{failed.Path}: {failed.Reason}");
            }

            var text = ImportOutcomeText.Line(summary).Trim() + ".";
            End(summary.Cancelled ? RunPhase.Stopped : summary.StoppedReason is null ? RunPhase.Finished : RunPhase.Failed, summary.StoppedReason, text);
        }
        catch (OperationCanceledException)
        {
            End(RunPhase.Stopped, null, "Stopped. Importing again continues where it stopped.");
        }
        catch (Exception e)
        {
            End(RunPhase.Failed, e.Message, null);
        }
    }

    private void AddFailure(string line)
    {
        var colon = line.LastIndexOf(": ", StringComparison.Ordinal);
        var failure = colon > 0
            ? new TransferFailure(GroupName, Path.GetFileName(line[..colon]), line[(colon + 2)..])
            : new TransferFailure(GroupName, line, "failed");
        lock (gate)
        {
            if (!failures.Contains(failure))
            {
                failures.Add(failure);
            }
        }
    }

    private void End(RunPhase phase, string? problem, string? summary)
    {
        lock (gate)
        {
            (final, error, note) = (phase, problem, summary);
        }
    }
}
