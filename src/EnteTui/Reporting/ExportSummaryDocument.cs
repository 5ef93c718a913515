using System.Text.Json.Serialization;

namespace EnteTui.Reporting;

/// <summary>The fields of <c>export --json</c>, in their contract order and spelling.</summary>
public sealed record ExportSummaryDocument(
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("root")] string Root,
    [property: JsonPropertyName("dryRun")] bool DryRun,
    [property: JsonPropertyName("durationSeconds")] double DurationSeconds,
    [property: JsonPropertyName("downloaded")] int Downloaded,
    [property: JsonPropertyName("bytesDownloaded")] long BytesDownloaded,
    [property: JsonPropertyName("copied")] int Copied,
    [property: JsonPropertyName("linked")] int Linked,
    [property: JsonPropertyName("adopted")] int Adopted,
    [property: JsonPropertyName("repaired")] int Repaired,
    [property: JsonPropertyName("renamed")] int Renamed,
    [property: JsonPropertyName("sidecarsWritten")] int SidecarsWritten,
    [property: JsonPropertyName("removed")] int Removed,
    [property: JsonPropertyName("trashed")] int Trashed,
    [property: JsonPropertyName("kept")] int Kept,
    [property: JsonPropertyName("unchanged")] int Unchanged,
    [property: JsonPropertyName("albumsCreated")] int AlbumsCreated,
    [property: JsonPropertyName("albumsRenamed")] int AlbumsRenamed,
    [property: JsonPropertyName("albumsRemoved")] int AlbumsRemoved,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("failures")] IReadOnlyList<ExportFailureDocument> Failures,
    [property: JsonPropertyName("changes")] IReadOnlyList<string> Changes);
