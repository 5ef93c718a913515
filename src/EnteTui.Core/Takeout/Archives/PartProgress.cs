namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// How far the reading of one part is: bytes of the part covered so far and entries listed. The
/// part's reader writes it (one thread per part); the scan's tracker reads it from any thread.
/// </summary>
public sealed class PartProgress
{
    private readonly Action<bool> changed;
    private long bytes;
    private int entries;
    private int state;

    public PartProgress(TakeoutPart part, Action<bool>? changed = null)
    {
        Part = part;
        this.changed = changed ?? (_ => { });
    }

    public TakeoutPart Part { get; }

    public long BytesRead => Math.Min(Volatile.Read(ref bytes), Part.Size);

    public int Entries => Volatile.Read(ref entries);

    public PartReadState State => (PartReadState)Volatile.Read(ref state);

    public void Start()
    {
        Volatile.Write(ref state, (int)PartReadState.Reading);
        changed(true);
    }

    /// <summary>Another <paramref name="count"/> bytes of the part are behind the reader.</summary>
    public void Advance(long count)
    {
        Interlocked.Add(ref bytes, count);
        changed(false);
    }

    /// <summary>The reader has seen <paramref name="entryCount"/> entries; the last one covers <paramref name="compressedBytes"/> of the part (zip central directory).</summary>
    public void Listed(int entryCount, long compressedBytes = 0)
    {
        Volatile.Write(ref entries, entryCount);
        if (compressedBytes > 0)
        {
            Interlocked.Add(ref bytes, compressedBytes);
        }

        changed(false);
    }

    /// <summary>The part is listed (read now or taken from the scan cache): all of it counts as covered.</summary>
    public void Finish(int entryCount, bool fromCache)
    {
        Volatile.Write(ref entries, entryCount);
        Volatile.Write(ref bytes, Part.Size);
        Volatile.Write(ref state, (int)(fromCache ? PartReadState.FromCache : PartReadState.Done));
        changed(true);
    }
}
