namespace EnteTui.Core.Export;

/// <summary>
/// Carries out a plan: the organising steps, then a bounded pool of file jobs (one per file ID),
/// then album removals and trash pruning. State is committed in batches and flushed at the end,
/// also when the run is cancelled or the disk fills up.
/// </summary>
internal sealed class ExportExecutor(ExportContext ctx)
{
    private readonly ConcurrentQueue<ExportFailure> failures = new();

    public IReadOnlyList<ExportFailure> Failures => failures.ToList();

    public async Task<ExportOutcome> RunAsync(ExportPlan plan, CancellationToken cancellationToken)
    {
        var organize = new OrganizeStep(ctx);
        try
        {
            ctx.Progress.Phase = ExportPhase.Organizing;
            organize.Run(plan, cancellationToken);
            ctx.Progress.Plan(plan.ContentPlacements);
            ctx.Progress.Phase = ExportPhase.Downloading;
            var runner = new FileJobRunner(ctx, failures.Enqueue);
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, ctx.Options.Parallel), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(plan.Jobs.Where(j => j.NeedsWork), options, async (job, token) =>
            {
                await ctx.Control.WaitWhilePausedAsync(token);
                await runner.RunAsync(job, token);
            });
            ctx.Progress.Phase = ExportPhase.Finishing;
            organize.RemoveAlbums(plan);
            organize.PruneTrash();
            return failures.IsEmpty ? ExportOutcome.Completed : ExportOutcome.CompletedWithFailures;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExportOutcome.Cancelled;
        }
        catch (Exception e) when (e is DiskFullException || AtomicFile.IsDiskFull(e))
        {
            return ExportOutcome.DiskFull;
        }
        finally
        {
            ctx.State.Flush();
        }
    }
}
