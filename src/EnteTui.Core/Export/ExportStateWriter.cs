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

    public void Add(StateChange change)
    {
        List<StateChange>? batch = null;
        lock (gate)
        {
            pending.Add(change);
            if (pending.Count >= BatchSize || time.GetElapsedTime(lastFlush) >= Interval)
            {
                batch = Take();
            }
        }

        if (batch is not null)
        {
            store.Apply(batch);
        }
    }

    public void Flush()
    {
        List<StateChange> batch;
        lock (gate)
        {
            batch = Take();
        }

        store.Apply(batch);
    }

    private List<StateChange> Take()
    {
        var batch = pending;
        pending = [];
        lastFlush = time.GetTimestamp();
        return batch;
    }
}
