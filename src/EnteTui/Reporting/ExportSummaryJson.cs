using System.Text.Json;
using EnteTui.Core.Export;

namespace EnteTui.Reporting;

/// <summary>The machine-readable summary printed on stdout by <c>export --json</c>.</summary>
public static class ExportSummaryJson
{
    public static string Serialize(ExportResult result)
    {
        var c = result.Counters;
        var summary = new Dictionary<string, object?>
        {
            ["outcome"] = JsonNamingPolicy.CamelCase.ConvertName(result.Outcome.ToString()),
            ["root"] = result.Root,
            ["dryRun"] = result.DryRun,
            ["durationSeconds"] = Math.Round(result.Duration.TotalSeconds, 3),
            ["downloaded"] = c.Downloaded,
            ["bytesDownloaded"] = c.BytesDownloaded,
            ["copied"] = c.Copied,
            ["linked"] = c.Linked,
            ["adopted"] = c.Adopted,
            ["repaired"] = c.Repaired,
            ["renamed"] = c.Renamed,
            ["sidecarsWritten"] = c.SidecarsWritten,
            ["removed"] = c.Removed,
            ["trashed"] = c.Trashed,
            ["kept"] = c.Kept,
            ["unchanged"] = c.Unchanged,
            ["albumsCreated"] = c.AlbumsCreated,
            ["albumsRenamed"] = c.AlbumsRenamed,
            ["albumsRemoved"] = c.AlbumsRemoved,
            ["failed"] = result.Failures.Count,
            ["failures"] = result.Failures.Select(f => new Dictionary<string, object>
            {
                ["fileID"] = f.FileId,
                ["collectionID"] = f.CollectionId,
                ["album"] = f.Album,
                ["name"] = f.Name,
                ["message"] = f.Message,
            }).ToList(),
            ["changes"] = result.Changes,
        };
        return JsonSerializer.Serialize(summary);
    }
}
