namespace EnteTui.Core.Export;

/// <summary>What a run did (or, with <c>--dry-run</c>, would do).</summary>
public sealed class ExportCounters
{
    private int downloaded;
    private int copied;
    private int linked;
    private int adopted;
    private int repaired;
    private int sidecars;
    private long bytes;

    public int Downloaded => downloaded;

    public int Copied => copied;

    public int Linked => linked;

    public int Adopted => adopted;

    public int Repaired => repaired;

    public int SidecarsWritten => sidecars;

    public long BytesDownloaded => bytes;

    public int Renamed { get; set; }

    public int Removed { get; set; }

    public int Trashed { get; set; }

    public int Kept { get; set; }

    public int AlbumsCreated { get; set; }

    public int AlbumsRenamed { get; set; }

    public int AlbumsRemoved { get; set; }

    public int Unchanged { get; set; }

    public void AddDownloaded(long size)
    {
        Interlocked.Increment(ref downloaded);
        Interlocked.Add(ref bytes, size);
    }

    public void AddCopied() => Interlocked.Increment(ref copied);

    public void AddLinked() => Interlocked.Increment(ref linked);

    public void AddAdopted() => Interlocked.Increment(ref adopted);

    public void AddRepaired() => Interlocked.Increment(ref repaired);

    public void AddSidecar() => Interlocked.Increment(ref sidecars);
}
