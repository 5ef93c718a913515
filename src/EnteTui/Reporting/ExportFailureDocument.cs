using System.Text.Json.Serialization;

namespace EnteTui.Reporting;

/// <summary>One failed file in <c>export --json</c>.</summary>
public sealed record ExportFailureDocument(
    [property: JsonPropertyName("fileID")] long FileId,
    [property: JsonPropertyName("collectionID")] long CollectionId,
    string Album,
    string Name,
    string Message);
