using EnteTui.Core.Bandwidth;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Core.Tests.Bandwidth;

public class BandwidthLimiterTests
{
    [Fact]
    public async Task Two_readers_share_one_bucket_refilled_by_the_clock()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new BandwidthLimiter(10_000, clock);
        using var first = limiter.Wrap(new MemoryStream(new byte[5_000]));
        using var second = limiter.Wrap(new MemoryStream(new byte[5_000]));

        var reads = Task.WhenAll(ReadAllAsync(first), ReadAllAsync(second));
        for (var tick = 0; tick < 6; tick++)
        {
            clock.Advance(BandwidthLimiter.Period);
            await Task.Delay(20);
            Assert.False(reads.IsCompleted, $"10,000 bytes passed after {tick + 1} refills of 1,000 (three were in the bucket at the start)");
        }

        for (var tick = 0; tick < 20 && !reads.IsCompleted; tick++)
        {
            clock.Advance(BandwidthLimiter.Period);
            await Task.WhenAny(reads, Task.Delay(1000));
        }

        Assert.True(reads.IsCompletedSuccessfully);
        var totals = await reads;
        Assert.Equal(new long[] { 5_000, 5_000 }, totals);
    }

    private static async Task<long> ReadAllAsync(Stream stream)
    {
        var buffer = new byte[4096];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
