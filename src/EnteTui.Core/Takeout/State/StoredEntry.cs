namespace EnteTui.Core.Takeout.State;

/// <summary>An entry of a stored listing.</summary>
internal sealed record StoredEntry(int Ordinal, string Path, long Size);
