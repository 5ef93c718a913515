namespace EnteTui.Core.Takeout.Scanning;

/// <summary>One media file of a folder with the matcher's outcome and the sidecar file it names.</summary>
public sealed record MediaMatch(LogicalFile Media, MatchOutcome Outcome, LogicalFile? Sidecar);
