using EnteTui.Core.Progress;

namespace EnteTui.Core.Import;

/// <summary>Thread-safe counters behind <see cref="ImportProgress"/>; reports at most every 200 ms except on item events (<see cref="ProgressThrottle{T}"/>).</summary>
internal sealed class ProgressTracker
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly int totalItems;
    private readonly long totalBytes;
    private readonly TimeProvider time;
    private readonly long started;
    private readonly ProgressThrottle<ImportProgress> reports;
    private readonly RateMeter meter = new();
    private readonly ConcurrentDictionary<string, byte> current = new(StringComparer.Ordinal);
    private int done;
    private int uploaded;
    private int present;
    private int failed;
    private long bytes;
    private long uploadedBytes;
    private string? lastFailure;

    public ProgressTracker(int totalItems, long totalBytes, IProgress<ImportProgress>? sink, TimeProvider time)
    {
        this.totalItems = totalItems;
        this.totalBytes = totalBytes;
        this.time = time;
        started = time.GetTimestamp();
        reports = new ProgressThrottle<ImportProgress>(time, Interval, sink, _ => Snapshot());
    }

    public int Uploaded => Volatile.Read(ref uploaded);

    public int AlreadyPresent => Volatile.Read(ref present);

    public long UploadedBytes => Interlocked.Read(ref uploadedBytes);

    public TimeSpan Elapsed => time.GetElapsedTime(started);

    public void Started(string name)
    {
        current[name] = 0;
        Report(force: true);
    }

    public void AddBytes(long count, bool uploadedNow)
    {
        Interlocked.Add(ref bytes, count);
        if (uploadedNow)
        {
            Interlocked.Add(ref uploadedBytes, count);
        }

        Report(force: false);
    }

    public void Finished(string name, int newUploads, int alreadyPresent)
    {
        current.TryRemove(name, out _);
        Interlocked.Increment(ref done);
        Interlocked.Add(ref uploaded, newUploads);
        Interlocked.Add(ref present, alreadyPresent);
        Report(force: true);
    }

    public void Failed(string name, string message)
    {
        current.TryRemove(name, out _);
        Interlocked.Increment(ref done);
        Interlocked.Increment(ref failed);
        lastFailure = $"{name}: {message}";
        Report(force: true);
    }

    public ImportProgress Snapshot()
    {
        var elapsed = Elapsed;
        var doneBytes = Interlocked.Read(ref bytes);
        meter.Add(elapsed, doneBytes);
        return new ImportProgress
        {
            TotalItems = totalItems,
            DoneItems = Volatile.Read(ref done),
            Uploaded = Volatile.Read(ref uploaded),
            AlreadyPresent = Volatile.Read(ref present),
            Failed = Volatile.Read(ref failed),
            TotalBytes = totalBytes,
            DoneBytes = doneBytes,
            BytesPerSecond = meter.BytesPerSecond,
            Eta = meter.Eta(Math.Max(0, totalBytes - doneBytes)),
            Elapsed = elapsed,
            Current = current.Keys.Order(StringComparer.Ordinal).ToList(),
            LastFailure = lastFailure,
        };
    }

    public void Report(bool force) => reports.Changed(force);
}
