namespace EnteTui.Core.Api;

/// <summary>
/// A read-only pass-through that fails when the body does not match the announced length, or when
/// no byte arrives for the idle timeout (async reads).
/// </summary>
internal sealed class LengthCheckedStream(Stream inner, long? expected, string source, TimeSpan? idleTimeout = null)
    : ReadOnlyPassThroughStream(inner)
{
    private readonly TimeSpan idleTimeout = idleTimeout ?? Timeout.InfiniteTimeSpan;

    public override long Length => expected ?? throw new NotSupportedException();

    protected override async ValueTask<int> ReadInnerAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (idleTimeout == Timeout.InfiniteTimeSpan)
        {
            return await Inner.ReadAsync(buffer, cancellationToken);
        }

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(idleTimeout);
        try
        {
            return await Inner.ReadAsync(buffer, idle.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IOException($"The download from {source} stalled: no data for {idleTimeout.TotalSeconds:0} s.");
        }
    }

    protected override void OnRead(ReadOnlySpan<byte> bytes, int requested)
    {
        var received = Position;
        if (expected is { } length && (received > length || (bytes.Length == 0 && requested > 0 && received != length)))
        {
            throw new IncompleteDownloadException(source, length, received);
        }
    }
}
