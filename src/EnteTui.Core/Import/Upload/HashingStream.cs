using EnteTui.Core.Crypto;

namespace EnteTui.Core.Import.Upload;

/// <summary>A read-only pass-through that hashes what is read (BLAKE2b-512) and keeps the first bytes.</summary>
internal sealed class HashingStream(Stream inner, int headBytes) : Stream
{
    private readonly ContentHasher hasher = new();
    private readonly MemoryStream head = new();

    public long BytesRead { get; private set; }

    public byte[] Head => head.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>The hash of everything read, available once the stream is disposed.</summary>
    public string? Hash { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Seen(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Seen(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

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
            Hash ??= hasher.FinishBase64();
        }

        base.Dispose(disposing);
    }

    private void Seen(ReadOnlySpan<byte> bytes)
    {
        if (head.Length < headBytes)
        {
            head.Write(bytes[..(int)Math.Min(bytes.Length, headBytes - head.Length)]);
        }

        hasher.Append(bytes);
        BytesRead += bytes.Length;
    }
}
