namespace EnteTui.Core.Export;

/// <summary>The summary of one run.</summary>
public sealed record ExportResult(
    ExportOutcome Outcome,
    string Root,
    ExportCounters Counters,
    IReadOnlyList<ExportFailure> Failures,
    TimeSpan Duration,
    bool DryRun,
    IReadOnlyList<string> Changes)
{
    public bool Succeeded => Outcome == ExportOutcome.Completed;
}
