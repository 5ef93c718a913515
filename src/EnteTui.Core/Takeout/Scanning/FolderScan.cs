namespace EnteTui.Core.Takeout.Scanning;

/// <summary>The result for one folder: what it is, its media with their outcomes, and its orphan sidecars.</summary>
public sealed record FolderScan(TakeoutFolder Folder, IReadOnlyList<MediaMatch> Media, IReadOnlyList<LogicalFile> Orphans);
