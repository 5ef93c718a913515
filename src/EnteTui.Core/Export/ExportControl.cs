namespace EnteTui.Core.Export;

/// <summary>Pause and resume a running export (between files); cancel with the run's CancellationToken.</summary>
public sealed class ExportControl
{
    private readonly Lock gate = new();
    private TaskCompletionSource resumed = CompletedSource();

    public bool IsPaused { get; private set; }

    public void Pause()
    {
        lock (gate)
        {
            if (!IsPaused)
            {
                IsPaused = true;
                resumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void Resume()
    {
        lock (gate)
        {
            IsPaused = false;
            resumed.TrySetResult();
        }
    }

    public Task WaitWhilePausedAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return resumed.Task.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
