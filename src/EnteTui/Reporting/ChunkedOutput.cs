using System.Buffers;

namespace EnteTui.Reporting;

/// <summary>
/// The bytes of a streamed report, handed on in 64 KiB pieces whenever the JSON writer asks for room:
/// a Utf8JsonWriter over a Stream keeps everything in one growing buffer until Flush (a million-entry
/// report would sit in memory whole), over this buffer writer it never holds more than a piece.
/// </summary>
internal sealed class ChunkedOutput(Action<ReadOnlyMemory<byte>> drain) : IBufferWriter<byte>
{
    private const int PieceBytes = 64 * 1024;

    private byte[] buffer = new byte[PieceBytes];
    private int written;

    public void Advance(int count) => written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(written);
    }

    /// <summary>Hands on what was written since the last piece.</summary>
    public void Drain()
    {
        if (written > 0)
        {
            drain(buffer.AsMemory(0, written));
            written = 0;
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - written >= needed)
        {
            return;
        }

        Drain();
        if (buffer.Length < needed)
        {
            buffer = new byte[needed];
        }
    }
}
