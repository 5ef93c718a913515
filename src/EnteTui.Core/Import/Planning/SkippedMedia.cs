namespace EnteTui.Core.Import.Planning;

/// <summary>A media entry the plan leaves out, and why.</summary>
public sealed record SkippedMedia(string Path, SkipReason Reason);
