namespace EnteTui.Core.Import.Planning;

/// <summary>A media entry the plan leaves out (its path and 1-based part), and why.</summary>
public sealed record SkippedMedia(string Path, SkipReason Reason, int Part = 1);
