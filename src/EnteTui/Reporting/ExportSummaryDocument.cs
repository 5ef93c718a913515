namespace EnteTui.Reporting;

/// <summary>The fields of <c>export --json</c>, in their contract order and spelling.</summary>
public sealed record ExportSummaryDocument(
    string Outcome,
    string Root,
    bool DryRun,
    double DurationSeconds,
    int Downloaded,
    long BytesDownloaded,
    int Copied,
    int Linked,
    int Adopted,
    int Repaired,
    int Renamed,
    int SidecarsWritten,
    int Removed,
    int Trashed,
    int Kept,
    int Unchanged,
    int AlbumsCreated,
    int AlbumsRenamed,
    int AlbumsRemoved,
    int Failed,
    IReadOnlyList<ExportFailureDocument> Failures,
    IReadOnlyList<string> Changes);
