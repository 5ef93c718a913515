using EnteTui.Core.JsonOutput;
namespace EnteTui.Reporting;

/// <summary>The fields of <c>export --json</c>, in their contract order and spelling; the failures are read lazily while it is written.</summary>
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
    IEnumerable<ExportFailureDocument> Failures,
    IEnumerable<string> Changes)
{
    public static ExportSummaryDocument From(ExportResult result)
    {
        var c = result.Counters;
        return new(
            JsonNames.Of(result.Outcome),
            result.Root,
            result.DryRun,
            Math.Round(result.Duration.TotalSeconds, 3),
            c.Downloaded,
            c.BytesDownloaded,
            c.Copied,
            c.Linked,
            c.Adopted,
            c.Repaired,
            c.Renamed,
            c.SidecarsWritten,
            c.Removed,
            c.Trashed,
            c.Kept,
            c.Unchanged,
            c.AlbumsCreated,
            c.AlbumsRenamed,
            c.AlbumsRemoved,
            result.Failures.Count,
            result.Failures.Select(f => new ExportFailureDocument(f.FileId, f.CollectionId, f.Album, f.Name, f.Message)),
            result.Changes);
    }
}
