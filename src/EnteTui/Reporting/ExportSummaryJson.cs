namespace EnteTui.Reporting;

/// <summary>The machine-readable summary printed on stdout by <c>export --json</c>.</summary>
public static class ExportSummaryJson
{
    public static string Serialize(ExportResult result)
    {
        var c = result.Counters;
        var summary = new ExportSummaryDocument(
            JsonNamingPolicy.CamelCase.ConvertName(result.Outcome.ToString()),
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
            [.. result.Failures.Select(f => new ExportFailureDocument(f.FileId, f.CollectionId, f.Album, f.Name, f.Message))],
            result.Changes);
        return JsonSerializer.Serialize(summary, ReportJsonContext.Default.ExportSummaryDocument);
    }
}
