namespace EnteTui.Core.Takeout.Matching;

/// <summary>A JSON file of one folder that may be a media sidecar (NFC name), with its parsed <c>title</c> when it has one.</summary>
public sealed record FolderSidecar(string Name, string? Title);
