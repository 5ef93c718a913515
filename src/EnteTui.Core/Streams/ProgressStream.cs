namespace EnteTui.Core.Streams;

/// <summary>A read-only pass-through stream that reports how many bytes were read.</summary>
internal sealed class ProgressStream(Stream inner, Action<long> onRead) : ReadOnlyPassThroughStream(inner)
{
    protected override void OnRead(ReadOnlySpan<byte> bytes, int requested)
    {
        if (bytes.Length > 0)
        {
            onRead(bytes.Length);
        }
    }
}
