namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Passes a decompressed tar through and remembers its length and last 1 KiB, so the end of a pass
/// can tell a complete tar (512-byte blocks ending in two zero blocks) from a truncated download:
/// gzip streams cut short just end without an error.
/// </summary>
internal sealed class TailTrackingStream(Stream inner) : ReadOnlyPassThroughStream(inner)
{
    private const int TailSize = 1024;
    private readonly byte[] tail = new byte[TailSize];

    public bool LooksComplete => Position >= TailSize && Position % 512 == 0 && Array.TrueForAll(tail, b => b == 0);

    /// <summary>Reads whatever the reader left (padding, end blocks) so the tail is the real end.</summary>
    public void Drain()
    {
        var buffer = new byte[81920];
        while (Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    protected override void OnRead(ReadOnlySpan<byte> bytes, int requested)
    {
        var read = bytes.Length;
        if (read >= TailSize)
        {
            bytes[^TailSize..].CopyTo(tail);
        }
        else if (read > 0)
        {
            Array.Copy(tail, read, tail, 0, TailSize - read);
            bytes.CopyTo(tail.AsSpan(TailSize - read));
        }
    }
}
