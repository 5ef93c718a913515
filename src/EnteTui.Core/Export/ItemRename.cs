namespace EnteTui.Core.Export;

/// <summary>A file whose title changed: renamed in place (no download), then its sidecar rewritten.</summary>
public sealed record ItemRename(string Folder, IReadOnlyList<string> FromNames, Placement Placement);
