using EnteTui.Tui.Screens.ExportProgress;

namespace EnteTui.Tests.Tui.Fakes;

/// <summary>
/// A transfer run the test moves by hand: <see cref="Complete"/> files one by one, fail some,
/// finish. Stop completes as Stopped at once (nothing is in flight in a fake).
/// </summary>
public sealed class FakeRun : ITransferRun
{
    private readonly object gate = new();
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> groups;
    private readonly List<TransferFailure> failures = [];
    private RunPhase phase = RunPhase.Running;
    private long filesDone;

    public FakeRun(IEnumerable<string> groups, long filesPerGroup, long bytesPerFile, bool supportsContinuous = true)
    {
        this.groups = groups.ToList();
        FilesPerGroup = filesPerGroup;
        BytesPerFile = bytesPerFile;
        SupportsContinuous = supportsContinuous;
    }

    public long FilesPerGroup { get; }

    public bool SupportsPause { get; init; } = true;

    public long BytesPerFile { get; }

    public long FilesTotal => groups.Count * FilesPerGroup;

    public Task Completion => done.Task;

    public bool Continuous { get; set; }

    public bool SupportsContinuous { get; }

    public bool StopRequested { get; private set; }

    public TransferSnapshot Snapshot()
    {
        lock (gate)
        {
            var groupStates = groups.Select((g, i) =>
            {
                var start = i * FilesPerGroup;
                var doneHere = Math.Clamp(filesDone - start, 0, FilesPerGroup);
                var state = doneHere == FilesPerGroup ? GroupState.Done : doneHere > 0 || filesDone == start ? GroupState.Running : GroupState.Waiting;
                return new GroupProgress(g, phase == RunPhase.Running || state == GroupState.Done ? state : GroupState.Waiting, doneHere, FilesPerGroup, failures.Count(f => f.Group == g));
            }).ToList();
            var active = phase == RunPhase.Running && filesDone < FilesTotal ? new[] { new ActiveItem($"IMG_{filesDone:0000}.JPG", BytesPerFile / 2, BytesPerFile) } : [];
            return new TransferSnapshot(phase, filesDone, FilesTotal, filesDone * BytesPerFile, FilesTotal * BytesPerFile, active, groupStates, failures.ToList());
        }
    }

    public void Complete(long files)
    {
        lock (gate)
        {
            filesDone = Math.Min(FilesTotal, filesDone + files);
        }
    }

    public void Fail(string group, string item, string reason)
    {
        lock (gate)
        {
            failures.Add(new TransferFailure(group, item, reason));
        }
    }

    public void Finish()
    {
        lock (gate)
        {
            phase = Continuous ? RunPhase.Watching : RunPhase.Finished;
        }

        if (!Continuous)
        {
            done.TrySetResult();
        }
    }

    public void Pause()
    {
        lock (gate)
        {
            phase = RunPhase.Paused;
        }
    }

    public void Resume()
    {
        lock (gate)
        {
            phase = RunPhase.Running;
        }
    }

    public void Stop()
    {
        lock (gate)
        {
            StopRequested = true;
            phase = RunPhase.Stopped;
        }

        done.TrySetResult();
    }
}
