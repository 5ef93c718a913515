namespace EnteTui.Core.Export;

/// <summary>The values written into one media file's XMP sidecar (effective values already applied).</summary>
public sealed record XmpContent(string Title, string? Description, DateTimeOffset? Taken, double? Latitude, double? Longitude);
