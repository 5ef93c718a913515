namespace EnteTui.Core.Storage;

/// <summary>
/// Counts the operations that use a service's long-lived stores. <see cref="CloseAndWait"/> cancels
/// them and waits until each has let go, so a store is never closed under a running write: LiteDB
/// 5.0.x tears down the writer's transaction then, and that transaction's finalizer later ends the
/// process.
/// </summary>
public sealed class StoreUsers : IDisposable
{
    private readonly CancellationTokenSource closing = new();
    private readonly Lock sync = new();
    private readonly TaskCompletionSource drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int running;
    private bool closed;

    /// <summary>Registers one operation; its token is cancelled by <paramref name="cancellationToken"/> or by closing.</summary>
    /// <exception cref="ObjectDisposedException">the service is closing.</exception>
    public Use Enter(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            running++;
        }

        return new Use(this, CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, closing.Token));
    }

    /// <summary>Cancels the running operations and waits up to <paramref name="limit"/> for them to end.</summary>
    /// <returns>false when some were still running at the limit.</returns>
    public bool CloseAndWait(TimeSpan limit)
    {
        lock (sync)
        {
            closed = true;
            if (running == 0)
            {
                drained.TrySetResult();
            }
        }

        closing.Cancel();
        return drained.Task.Wait(limit);
    }

    public void Dispose() => closing.Dispose();

    private void Leave()
    {
        lock (sync)
        {
            running--;
            if (closed && running == 0)
            {
                drained.TrySetResult();
            }
        }
    }

    /// <summary>One running operation; dispose it when the operation no longer touches the stores.</summary>
    public sealed class Use(StoreUsers owner, CancellationTokenSource linked) : IDisposable
    {
        private int left;

        public CancellationToken Token => linked.Token;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref left, 1) == 0)
            {
                linked.Dispose();
                owner.Leave();
            }
        }
    }
}
