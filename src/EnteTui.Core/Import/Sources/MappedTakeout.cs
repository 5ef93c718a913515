namespace EnteTui.Core.Import.Sources;

/// <summary>A scanned Takeout reduced to what planning and the import need: its media, the scan's facts, the open parts and the applied pairings.</summary>
internal sealed record MappedTakeout(List<ImportMedia> Media, ImportScan Scan, ITakeoutSource Source, Resolutions Resolutions);
