namespace EnteTui.Core.Import.Outcomes;

/// <summary>One scanned media entry (its path and 1-based part) and its outcome; <see cref="Reason"/> says why when it was not uploaded.</summary>
public sealed record EntryResult(string Path, int Part, EntryOutcome Outcome, string? Reason = null);
