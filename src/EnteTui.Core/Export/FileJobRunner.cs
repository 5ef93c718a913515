namespace EnteTui.Core.Export;

/// <summary>
/// Brings every placement of one file ID up to date: adopts or verifies what is on disk, downloads
/// the content once (streaming decrypt into a temp file beside the target, flush, atomic rename),
/// copies or hard-links it into the other albums, then writes sidecars and queues the state.
/// A failing placement is retried with backoff, then recorded and skipped.
/// </summary>
internal sealed class FileJobRunner(ExportContext ctx, Action<ExportFailure> onFailure)
{
    private readonly MediaWriter writer = new(ctx);

    public async Task RunAsync(FileJob job, CancellationToken cancellationToken)
    {
        var sources = job.Sources.ToList();
        var pending = new List<Placement>();
        foreach (var placement in job.Placements)
        {
            if (placement.Need is PlacementNeed.Adopt or PlacementNeed.VerifyHash)
            {
                var paths = placement.Names.Select(n => ctx.PathOf(placement.Folder, n)).ToArray();
                if (await ContentCheck.MatchesAsync(placement.Row, paths, cancellationToken))
                {
                    if (placement.Need == PlacementNeed.Adopt)
                    {
                        writer.Finish(placement, placement.Names);
                        ctx.Counters.AddAdopted();
                    }

                    ctx.Progress.Done(placement);
                    sources.Add(paths);
                    continue;
                }

                if (placement.Need == PlacementNeed.VerifyHash)
                {
                    ctx.Counters.AddRepaired();
                }
            }

            if (placement.Need != PlacementNeed.None)
            {
                pending.Add(placement);
            }
        }

        foreach (var placement in pending)
        {
            await ctx.Control.WaitWhilePausedAsync(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var names = await WithRetriesAsync(placement, () => PlaceAsync(placement, sources, cancellationToken), cancellationToken);
                sources.Add(names.Select(n => ctx.PathOf(placement.Folder, n)).ToArray());
                ctx.Progress.Done(placement);
            }
            catch (Exception e) when (e is not OperationCanceledException and not DiskFullException)
            {
                var failure = new ExportFailure(placement.Row.FileId, placement.Row.CollectionId, placement.Album, placement.Names[0], Describe(e));
                ctx.Logger.LogWarning("Export of file {FileId} into album {CollectionId} failed: {Reason}", failure.FileId, failure.CollectionId, failure.Message);
                ctx.Progress.Failed(failure);
                onFailure(failure);
            }
        }
    }

    private async Task<IReadOnlyList<string>> PlaceAsync(Placement placement, List<string[]> sources, CancellationToken cancellationToken)
    {
        var source = sources.FirstOrDefault(s => s.All(File.Exists));
        var names = source is not null
            ? await writer.MaterializeAsync(source, placement, cancellationToken)
            : await writer.DownloadAsync(placement, cancellationToken);
        writer.Finish(placement, names);
        return names;
    }

    private async Task<T> WithRetriesAsync<T>(Placement placement, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (Exception e) when (AtomicFile.IsDiskFull(e) || e.InnerException is { } inner && AtomicFile.IsDiskFull(inner))
            {
                throw new DiskFullException(e);
            }
            catch (Exception e) when (e is not OperationCanceledException and not DiskFullException && attempt < ctx.Options.Attempts && !IsPermanent(e))
            {
                ctx.Logger.LogInformation("Retrying file {FileId} (attempt {Attempt}): {Reason}", placement.Row.FileId, attempt, e.Message);
                await Task.Delay(ctx.Options.RetryDelay * Math.Pow(2, attempt - 1), ctx.Time, cancellationToken);
            }
        }
    }

    private static bool IsPermanent(Exception e) => e is InvalidDataException or UnauthorizedAccessException;

    private static string Describe(Exception e) => e switch
    {
        CryptoException => "the downloaded file did not decrypt (corrupt or truncated ciphertext)",
        InvalidDataException => "the live photo archive is damaged: " + e.Message,
        _ => e.Message,
    };
}
