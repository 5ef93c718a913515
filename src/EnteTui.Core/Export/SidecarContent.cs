namespace EnteTui.Core.Export;

/// <summary>The values written into one media file's JSON sidecar (effective values already applied).</summary>
public sealed record SidecarContent(
    string Title,
    string? Description,
    long TakenMicros,
    long ModifiedMicros,
    double? Latitude,
    double? Longitude,
    long FileId,
    long CollectionId,
    long OwnerId,
    string? Hash,
    IReadOnlyList<string> FileNames);
