using EnteTui.Core.Progress;

namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Follows one scan for its progress display: the scanner hands each part's reader a
/// <see cref="PartProgress"/>; this adds them up into a <see cref="ScanProgress"/> with the read rate
/// and ETA from the one <see cref="RateMeter"/> on the <see cref="TimeProvider"/> given (listings from
/// the scan cache do not count towards the rate). Reports go to the progress sink given at most
/// every interval given (250 ms by default; and on every part started or finished and every phase change) through
/// the one <see cref="ProgressThrottle{T}"/>; <see cref="Snapshot"/> serves a screen that polls. Thread-safe.
/// </summary>
public sealed class ScanProgressTracker
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(250);
    private readonly TimeProvider time;
    private readonly ProgressThrottle<ScanProgress> reports;
    private readonly RateMeter meter = new();
    private readonly long started;
    private readonly Lock gate = new();
    private PartProgress[] parts = [];
    private ScanPhase phase = ScanPhase.Reading;

    public ScanProgressTracker(TimeProvider time, IProgress<ScanProgress>? progress = null, TimeSpan? every = null)
    {
        this.time = time;
        started = time.GetTimestamp();
        reports = new ProgressThrottle<ScanProgress>(time, every ?? DefaultInterval, progress, SnapshotAt);
    }

    /// <summary>The parts resolved from the paths given; returns one progress per part, in order.</summary>
    public IReadOnlyList<PartProgress> Begin(IReadOnlyList<TakeoutPart> resolved)
    {
        lock (gate)
        {
            parts = resolved.Select(p => new PartProgress(p, reports.Changed)).ToArray();
        }

        reports.Changed(true);
        return parts;
    }

    public void Enter(ScanPhase next)
    {
        lock (gate)
        {
            phase = next;
        }

        reports.Changed(true);
    }

    public ScanProgress Snapshot() => SnapshotAt(time.GetTimestamp());

    private ScanProgress SnapshotAt(long now)
    {
        lock (gate)
        {
            return Build(now);
        }
    }

    private ScanProgress Build(long now)
    {
        var elapsed = time.GetElapsedTime(started, now);
        var archives = parts.Where(p => p.Part.Kind != PartKind.Folder).ToList();
        var total = archives.Sum(p => p.Part.Size);
        var covered = archives.Sum(p => p.BytesRead);
        meter.Add(elapsed, archives.Where(p => p.State != PartReadState.FromCache).Sum(p => p.BytesRead));
        var reading = parts.Where(p => p.State == PartReadState.Reading).ToList();
        var current = reading.FirstOrDefault()?.Part;
        return new ScanProgress(
            phase,
            parts.Count(p => p.State is PartReadState.Done or PartReadState.FromCache),
            parts.Length,
            current?.Number,
            current?.Path,
            reading.Count,
            covered,
            total,
            parts.Sum(p => (long)p.Entries),
            meter.BytesPerSecond,
            phase == ScanPhase.Reading ? meter.Eta(total - covered) : null,
            elapsed);
    }
}
