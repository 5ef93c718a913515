namespace EnteTui.Core.Export;

/// <summary>
/// Collects state changes from the download workers and commits them in batches (every
/// <see cref="BatchSize"/> changes or <see cref="Interval"/>), because one LiteDB commit per file
/// costs minutes on large libraries.
/// </summary>
public sealed class ExportStateWriter(ExportStateStore store, TimeProvider time)
{
    public const int BatchSize = 200;
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private List<StateChange> pending = [];
    private long lastFlush = time.GetTimestamp();

    /// <summary>Queues a change; commits the batch when it is full or old enough (in order, under one lock).</summary>
    public void Add(StateChange change)
    {
        lock (gate)
        {
            pending.Add(change);
            if (pending.Count >= BatchSize || time.GetElapsedTime(lastFlush) >= Interval)
            {
                store.Apply(Take());
            }
        }
    }

    public void Flush()
    {
        lock (gate)
        {
            store.Apply(Take());
        }
    }

    private List<StateChange> Take()
    {
        var batch = pending;
        pending = [];
        lastFlush = time.GetTimestamp();
        return batch;
    }
}
