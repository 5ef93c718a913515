using System.Threading.RateLimiting;

namespace EnteTui.Core.Bandwidth;

/// <summary>
/// One token bucket (a token = a byte) shared by every transfer of a run, so parallel downloads or
/// uploads together stay under <c>--bwlimit</c>. The bucket is refilled by a 100 ms timer of the
/// given <see cref="TimeProvider"/> (the limiter's own replenishment timer cannot take one) with a
/// tenth of a second's bytes per period that really passed, so a timer firing late on a busy machine
/// loses no bandwidth; it holds up to three periods' bytes so those refills are not capped away.
/// </summary>
public sealed class BandwidthLimiter : IDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    private readonly TokenBucketRateLimiter bucket;
    private readonly TimeProvider time;
    private readonly ITimer timer;
    private readonly Lock refill = new();
    private long replenishedAt;

    public BandwidthLimiter(long bytesPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytesPerSecond, 1);
        BytesPerSecond = bytesPerSecond;
        this.time = time;
        var perPeriod = (int)Math.Clamp(bytesPerSecond / 10, 1, int.MaxValue);
        bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = (int)Math.Min(Math.Max(perPeriod * 3L, ChunkBytes), int.MaxValue),
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = Period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        replenishedAt = time.GetTimestamp();
        timer = time.CreateTimer(_ => Replenish(), null, Period, Period);
    }

    public long BytesPerSecond { get; }

    /// <summary>
    /// The most one acquisition may ask for (a transfer reads at most this much at a time): a quarter
    /// second's bytes, so a transfer needs few wake-ups per second and keeps up on a busy machine.
    /// </summary>
    public int ChunkBytes => (int)Math.Clamp(BytesPerSecond / 4, 1, 4 << 20);

    /// <summary>Waits until <paramref name="bytes"/> may pass (in chunks of at most <see cref="ChunkBytes"/>).</summary>
    public async ValueTask TakeAsync(int bytes, CancellationToken cancellationToken)
    {
        while (bytes > 0)
        {
            var chunk = Math.Min(bytes, ChunkBytes);
            using var lease = await bucket.AcquireAsync(chunk, cancellationToken);
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("The bandwidth limiter refused a lease.");
            }

            bytes -= chunk;
        }
    }

    /// <summary>The stream as seen through the limit: reads wait for their bytes' tokens.</summary>
    public Stream Wrap(Stream inner) => new ThrottledStream(inner, this);

    private void Replenish()
    {
        lock (refill)
        {
            var due = (long)(time.GetElapsedTime(replenishedAt) / Period);
            for (var i = 0; i < Math.Min(due, 10); i++)
            {
                bucket.TryReplenish();
            }

            replenishedAt += (long)(due * Period.TotalSeconds * time.TimestampFrequency);
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        bucket.Dispose();
    }
}
