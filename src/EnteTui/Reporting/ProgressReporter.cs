namespace EnteTui.Reporting;

/// <summary>
/// What every progress reporter (export, import, scan; terminal and plain) shares: reports come from
/// worker threads and are written one at a time, and a failure gets a line of its own each time the
/// failed count grows (a report carries only the latest failure).
/// </summary>
public abstract class ProgressReporter<T> : IProgress<T>
{
    private readonly Lock gate = new();
    private int failuresSeen;

    public void Report(T value)
    {
        lock (gate)
        {
            var (failed, latest) = Failures(value);
            if (failed > failuresSeen && latest is not null)
            {
                failuresSeen = failed;
                PrintLine($"failed: {latest}");
            }

            Show(value);
        }
    }

    /// <summary>How many items failed so far and the latest failure as text (none by default).</summary>
    protected virtual (int Count, string? Latest) Failures(T value) => (0, null);

    /// <summary>Writes a line of its own (a failure).</summary>
    protected abstract void PrintLine(string line);

    /// <summary>Shows the progress (the reporter decides whether it is due).</summary>
    protected abstract void Show(T value);

    /// <summary>Runs <paramref name="action"/> between reports, never during one.</summary>
    protected void BetweenReports(Action action)
    {
        lock (gate)
        {
            action();
        }
    }
}
