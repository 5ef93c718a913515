namespace EnteTui.Core.Import.Upload;

/// <summary>
/// One reader at a time per forward-only part (tar, tgz), so its entries are read in plan order
/// by one cursor instead of each worker restarting from the part's beginning. Random-access parts
/// (zip, folders) are not gated.
/// </summary>
internal sealed class PartGates(IImportSource source)
{
    private readonly ConcurrentDictionary<int, SemaphoreSlim> gates = new();

    public async Task<IDisposable?> EnterAsync(ImportMedia media, CancellationToken cancellationToken)
    {
        if (!source.IsSequential(media))
        {
            return null;
        }

        var gate = gates.GetOrAdd(media.Part, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Exit(gate);
    }

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
