namespace EnteTui.Core.Sync;

/// <summary>What one sync pulled.</summary>
public sealed class SyncSummary
{
    public int CollectionsChanged { get; set; }

    public int FilesChanged { get; set; }

    public int FilesRemoved { get; set; }

    public int FilesSkipped { get; set; }
}
