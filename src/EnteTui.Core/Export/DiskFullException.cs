namespace EnteTui.Core.Export;

/// <summary>The export disk is full: the run stops cleanly (temp files removed, state committed).</summary>
public sealed class DiskFullException(Exception inner) : IOException("The export disk is full.", inner);
