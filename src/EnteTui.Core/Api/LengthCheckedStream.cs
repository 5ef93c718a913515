namespace EnteTui.Core.Api;

/// <summary>
/// A read-only pass-through that fails when the body does not match the announced length, or when
/// no byte arrives for the idle timeout (async reads).
/// </summary>
internal sealed class LengthCheckedStream : Stream
{
    private readonly Stream inner;
    private readonly long? expected;
    private readonly string source;
    private readonly TimeSpan idleTimeout;
    private long received;

    public LengthCheckedStream(Stream inner, long? expected, string source, TimeSpan? idleTimeout = null)
    {
        this.inner = inner;
        this.expected = expected;
        this.source = source;
        this.idleTimeout = idleTimeout ?? Timeout.InfiniteTimeSpan;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => expected ?? throw new NotSupportedException();

    public override long Position
    {
        get => received;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer), buffer.Length);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (idleTimeout == Timeout.InfiniteTimeSpan)
        {
            return Count(await inner.ReadAsync(buffer, cancellationToken), buffer.Length);
        }

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(idleTimeout);
        try
        {
            return Count(await inner.ReadAsync(buffer, idle.Token), buffer.Length);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IOException($"The download from {source} stalled: no data for {idleTimeout.TotalSeconds:0} s.");
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read, int requested)
    {
        received += read;
        if (expected is { } length && (received > length || (read == 0 && requested > 0 && received != length)))
        {
            throw new IncompleteDownloadException(source, length, received);
        }

        return read;
    }
}
