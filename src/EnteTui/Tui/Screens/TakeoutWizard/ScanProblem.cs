namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Something wrong with a part or an entry (1-based part number).</summary>
public sealed record ScanProblem(int Part, string? Entry, string Message);
