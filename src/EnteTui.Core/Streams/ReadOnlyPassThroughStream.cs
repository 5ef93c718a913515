namespace EnteTui.Core.Streams;

/// <summary>
/// The one base of the read-only, forward-only wrappers: every read goes to the inner stream, the
/// bytes it returned go to <see cref="OnRead"/>, and <see cref="Stream.Position"/> counts them.
/// Disposing disposes the inner stream unless <paramref name="leaveOpen"/>.
/// </summary>
internal abstract class ReadOnlyPassThroughStream(Stream inner, bool leaveOpen = false) : Stream
{
    private long bytesRead;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => bytesRead;
        set => throw new NotSupportedException();
    }

    protected Stream Inner => inner;

    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public sealed override int Read(Span<byte> buffer) => Passed(buffer, inner.Read(buffer));

    public sealed override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public sealed override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await ReadInnerAsync(buffer, cancellationToken);
        return Passed(buffer.Span, read);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Sees the bytes one read returned (empty at the end) and how many were asked for; may throw to fail the read.</summary>
    protected virtual void OnRead(ReadOnlySpan<byte> bytes, int requested)
    {
    }

    /// <summary>The inner asynchronous read; a wrapper overrides it to bound or watch the wait.</summary>
    protected virtual ValueTask<int> ReadInnerAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        inner.ReadAsync(buffer, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Passed(Span<byte> buffer, int read)
    {
        bytesRead += read;
        OnRead(buffer[..read], buffer.Length);
        return read;
    }
}
