namespace EnteTui.Core.Import.Upload;

/// <summary>A read-only pass-through that hashes what is read (BLAKE2b-512) and keeps the first bytes.</summary>
internal sealed class HashingStream(Stream inner, int headBytes, bool leaveOpen = false) : ReadOnlyPassThroughStream(inner, leaveOpen)
{
    private readonly ContentHasher hasher = new();
    private readonly MemoryStream head = new();

    public long BytesRead => Position;

    public byte[] Head => head.ToArray();

    /// <summary>The hash of everything read, available once the stream is disposed.</summary>
    public string? Hash { get; private set; }

    protected override void OnRead(ReadOnlySpan<byte> bytes, int requested)
    {
        if (head.Length < headBytes)
        {
            head.Write(bytes[..(int)Math.Min(bytes.Length, headBytes - head.Length)]);
        }

        hasher.Append(bytes);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Hash ??= hasher.FinishBase64();
        }
    }
}
