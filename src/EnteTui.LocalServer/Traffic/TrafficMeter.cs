using System.Collections.Concurrent;

namespace EnteTui.LocalServer.Traffic;

/// <summary>
/// Object-storage bytes per user, sent (downloads) and received (uploads), in 100 ms buckets of the
/// server's clock, so a test can measure a client's transfer rate where the bytes really flow.
/// </summary>
public sealed class TrafficMeter(TimeProvider time)
{
    public const int BucketMilliseconds = 100;

    private readonly ConcurrentDictionary<(long User, bool Sent, long Bucket), long> buckets = new();

    public void Count(long userId, bool sent, long bytes)
    {
        if (bytes > 0)
        {
            var bucket = time.GetUtcNow().ToUnixTimeMilliseconds() / BucketMilliseconds;
            buckets.AddOrUpdate((userId, sent, bucket), bytes, (_, total) => total + bytes);
        }
    }

    public TrafficSummary SummaryOf(long userId) => new(Direction(userId, sent: true), Direction(userId, sent: false));

    public void Reset(long userId)
    {
        foreach (var key in buckets.Keys.Where(k => k.User == userId))
        {
            buckets.TryRemove(key, out _);
        }
    }

    private TrafficDirection Direction(long userId, bool sent)
    {
        var samples = buckets
            .Where(b => b.Key.User == userId && b.Key.Sent == sent)
            .OrderBy(b => b.Key.Bucket)
            .Select(b => new TrafficSample(b.Key.Bucket * BucketMilliseconds, b.Value))
            .ToList();
        return new TrafficDirection(samples.Sum(s => s.Bytes), samples);
    }
}
