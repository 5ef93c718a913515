namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// A read-only view of one entry's bytes that must hold exactly the declared size (a lying header
/// cannot inflate forever; a truncated part is an error, not a short file) and runs a release action when disposed.
/// </summary>
internal sealed class EntryStream(Stream inner, long declaredSize, Action release) : Stream
{
    private long _position;
    private bool _disposed;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => declaredSize;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _position += read;
        if (_position > declaredSize)
        {
            throw new InvalidDataException($"entry holds more than its declared {declaredSize} bytes");
        }

        if (read == 0 && buffer.Length > 0 && _position < declaredSize)
        {
            throw new InvalidDataException($"entry ends after {_position} of its declared {declaredSize} bytes (truncated part?)");
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            inner.Dispose();
            release();
        }

        base.Dispose(disposing);
    }
}
