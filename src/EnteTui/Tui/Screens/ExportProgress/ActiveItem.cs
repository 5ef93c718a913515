namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>A file being transferred right now.</summary>
public sealed record ActiveItem(string Name, long BytesDone, long BytesTotal);
