namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>A file that failed, and why (shown as it happens).</summary>
public sealed record TransferFailure(string Group, string Item, string Reason);
