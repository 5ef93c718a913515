namespace EnteTui.Core.Progress;

/// <summary>
/// The one rate and ETA meter (export, import, the TUI's transfer panel): bytes per second over a
/// sliding window of samples, so a stall or a burst shows within seconds, and the ETA that rate
/// implies. Samples carry their own time (from a <see cref="TimeProvider"/> or the UI clock), which
/// keeps the meter testable with a fake clock. Thread-safe.
/// </summary>
public sealed class RateMeter(TimeSpan window)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MinimumSpan = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestEta = TimeSpan.FromDays(365);
    private readonly Queue<(TimeSpan At, long Bytes)> samples = new();
    private readonly Lock gate = new();
    private double bytesPerSecond;

    public RateMeter()
        : this(DefaultWindow)
    {
    }

    public double BytesPerSecond
    {
        get
        {
            lock (gate)
            {
                return bytesPerSecond;
            }
        }
    }

    /// <summary>Records that <paramref name="bytes"/> were done in all at <paramref name="at"/> (time since any fixed start).</summary>
    public void Add(TimeSpan at, long bytes)
    {
        lock (gate)
        {
            if (samples.Count > 0 && (bytes < samples.Last().Bytes || at < samples.Last().At))
            {
                samples.Clear();
            }

            samples.Enqueue((at, bytes));
            while (samples.Count > 2 && at - samples.Peek().At > window)
            {
                samples.Dequeue();
            }

            var first = samples.Peek();
            var span = at - first.At;
            if (span >= MinimumSpan)
            {
                bytesPerSecond = (bytes - first.Bytes) / span.TotalSeconds;
            }
        }
    }

    /// <summary>Forgets the samples (paused runs): the next rate is measured afresh.</summary>
    public void Pause()
    {
        lock (gate)
        {
            samples.Clear();
        }
    }

    public TimeSpan? Eta(long remainingBytes)
    {
        var rate = BytesPerSecond;
        if (remainingBytes <= 0)
        {
            return remainingBytes == 0 ? TimeSpan.Zero : null;
        }

        return rate > 1 ? TimeSpan.FromSeconds(Math.Min(remainingBytes / rate, LongestEta.TotalSeconds)) : null;
    }
}
