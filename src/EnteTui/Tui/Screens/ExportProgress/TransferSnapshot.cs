namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>
/// A consistent picture of a run, taken by the UI every 250 ms (never pushed per file).
/// Totals may grow while the run discovers work.
/// </summary>
public sealed record TransferSnapshot(
    RunPhase Phase,
    long FilesDone,
    long FilesTotal,
    long BytesDone,
    long BytesTotal,
    IReadOnlyList<ActiveItem> Active,
    IReadOnlyList<GroupProgress> Groups,
    IReadOnlyList<TransferFailure> Failures,
    long FilesUnchanged = 0,
    string? Note = null,
    string? Error = null)
{
    public static readonly TransferSnapshot Starting = new(RunPhase.Preparing, 0, 0, 0, 0, [], [], []);

    public bool IsOver => Phase is RunPhase.Finished or RunPhase.Stopped or RunPhase.Failed;
}
