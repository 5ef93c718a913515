namespace EnteTui.Core.Progress;

/// <summary>
/// The one rule of when a progress tracker reports (import, Takeout scan): a forced report (an item
/// started or finished, a phase change, the end) always, otherwise at most one per interval of the
/// <see cref="TimeProvider"/> given. Checking a report that is not due takes no lock (an entry count
/// calls it per entry); a due report is built and handed to the sink under the lock, so reports
/// arrive one at a time and in order. Thread-safe.
/// </summary>
public sealed class ProgressThrottle<T>(TimeProvider time, TimeSpan interval, IProgress<T>? sink, Func<long, T> snapshot)
{
    private readonly long intervalTimestamps = (long)(interval.TotalSeconds * time.TimestampFrequency);
    private readonly Lock gate = new();
    private long nextDue = long.MinValue;

    /// <summary>Something changed: reports a snapshot (built at the timestamp given) if one is due or <paramref name="force"/> is set.</summary>
    public void Changed(bool force)
    {
        if (sink is null || (!force && time.GetTimestamp() < Volatile.Read(ref nextDue)))
        {
            return;
        }

        lock (gate)
        {
            var now = time.GetTimestamp();
            if (!force && now < nextDue)
            {
                return;
            }

            Volatile.Write(ref nextDue, now + intervalTimestamps);
            sink.Report(snapshot(now));
        }
    }
}
