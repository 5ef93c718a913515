namespace EnteTui.Core.Export;

/// <summary>How a run ended.</summary>
public enum ExportOutcome
{
    Completed,
    CompletedWithFailures,
    Cancelled,
    DiskFull,
}
