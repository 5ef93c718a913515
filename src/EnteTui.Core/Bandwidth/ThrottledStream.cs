namespace EnteTui.Core.Bandwidth;

/// <summary>
/// A read-only view of a stream whose asynchronous reads (all the transfers make) pass through a
/// shared <see cref="BandwidthLimiter"/>: each asks for at most one chunk, then waits for its tokens.
/// </summary>
internal sealed class ThrottledStream(Stream inner, BandwidthLimiter limiter) : ReadOnlyPassThroughStream(inner)
{
    protected override async ValueTask<int> ReadInnerAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var read = await Inner.ReadAsync(buffer[..Math.Min(buffer.Length, limiter.ChunkBytes)], cancellationToken);
        await limiter.TakeAsync(read, cancellationToken);
        return read;
    }
}
