namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Passes a decompressed tar through and remembers its length and last 1 KiB, so the end of a pass
/// can tell a complete tar (512-byte blocks ending in two zero blocks) from a truncated download:
/// gzip streams cut short just end without an error.
/// </summary>
internal sealed class TailTrackingStream(Stream inner) : Stream
{
    private const int TailSize = 1024;
    private readonly byte[] _tail = new byte[TailSize];
    private long _length;

    public bool LooksComplete
    {
        get
        {
            if (_length < TailSize || _length % 512 != 0)
            {
                return false;
            }

            return Array.TrueForAll(_tail, b => b == 0);
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>Reads whatever the reader left (padding, end blocks) so the tail is the real end.</summary>
    public void Drain()
    {
        var buffer = new byte[81920];
        while (Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (read > 0)
        {
            _length += read;
            var chunk = buffer[..read];
            if (read >= TailSize)
            {
                chunk[^TailSize..].CopyTo(_tail);
            }
            else
            {
                Array.Copy(_tail, read, _tail, 0, TailSize - read);
                chunk.CopyTo(_tail.AsSpan(TailSize - read));
            }
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
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
