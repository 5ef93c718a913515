namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>One part's line in the scan summary; <see cref="Damaged"/>: truncated or corrupt, read only up to the damage.</summary>
public sealed record PartSummary(int Number, string Path, string Kind, long Entries, long Media, long Sidecars, long Unmatched, int Problems, bool Damaged = false);
