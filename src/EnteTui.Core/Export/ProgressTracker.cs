using EnteTui.Core.Progress;

namespace EnteTui.Core.Export;

/// <summary>Thread-safe counters behind <see cref="ExportProgress"/>.</summary>
public sealed class ProgressTracker(TimeProvider time)
{
    private readonly ConcurrentDictionary<long, ActiveDownload> active = new();
    private readonly ConcurrentDictionary<string, int[]> albums = new();
    private readonly long started = time.GetTimestamp();
    private readonly RateMeter meter = new();
    private int filesTotal;
    private int filesDone;
    private int filesFailed;
    private long bytesTotal;
    private long bytesDone;
    private ExportFailure? lastFailure;

    public ExportPhase Phase { get; set; } = ExportPhase.Starting;

    public string? Message { get; set; }

    public long BytesDone => Interlocked.Read(ref bytesDone);

    public void Plan(IEnumerable<Placement> placements)
    {
        foreach (var placement in placements)
        {
            Interlocked.Increment(ref filesTotal);
            Interlocked.Add(ref bytesTotal, Math.Max(0, placement.Row.EncryptedSize));
            albums.GetOrAdd(placement.Album, _ => new int[3])[0]++;
        }
    }

    public void Started(long fileId, string album, string name, long total) => active[fileId] = new ActiveDownload(fileId, album, name, 0, total);

    public void AddBytes(long fileId, long count)
    {
        Interlocked.Add(ref bytesDone, count);
        if (active.TryGetValue(fileId, out var download))
        {
            active[fileId] = download with { BytesDone = download.BytesDone + count };
        }
    }

    public void Finished(long fileId) => active.TryRemove(fileId, out _);

    public void Done(Placement placement)
    {
        Interlocked.Increment(ref filesDone);
        Increment(placement.Album, 1);
    }

    public void Failed(ExportFailure failure)
    {
        Interlocked.Increment(ref filesFailed);
        lastFailure = failure;
        Increment(failure.Album, 2);
    }

    public ExportProgress Snapshot()
    {
        var done = BytesDone;
        meter.Add(time.GetElapsedTime(started), done);
        var eta = meter.Eta(Math.Max(0, Interlocked.Read(ref bytesTotal) - done));
        return new ExportProgress(
            Phase, filesTotal, filesDone, filesFailed, Interlocked.Read(ref bytesTotal), done, meter.BytesPerSecond, eta,
            active.Values.OrderBy(a => a.FileId).ToList(),
            albums.Select(a => new AlbumProgress(a.Key, a.Value[0], a.Value[1], a.Value[2])).OrderBy(a => a.Album, StringComparer.Ordinal).ToList(),
            lastFailure, Message);
    }

    private void Increment(string album, int slot)
    {
        var counts = albums.GetOrAdd(album, _ => new int[3]);
        Interlocked.Increment(ref counts[slot]);
    }
}
