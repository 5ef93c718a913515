namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>How far a scan is: parts and entries read so far.</summary>
public sealed record ScanProgress(int PartsDone, int PartsTotal, long EntriesRead, string? CurrentPart);
