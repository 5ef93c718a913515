namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// A read-only view of one entry's bytes that must hold exactly the declared size (a lying header
/// cannot inflate forever; a truncated part is an error, not a short file) and runs a release action when disposed.
/// </summary>
internal sealed class EntryStream(Stream inner, long declaredSize, Action release) : ReadOnlyPassThroughStream(inner)
{
    private bool disposed;

    public override long Length => declaredSize;

    protected override void OnRead(ReadOnlySpan<byte> bytes, int requested)
    {
        if (Position > declaredSize)
        {
            throw new InvalidDataException($"entry holds more than its declared {declaredSize} bytes");
        }

        if (bytes.Length == 0 && requested > 0 && Position < declaredSize)
        {
            throw new InvalidDataException($"entry ends after {Position} of its declared {declaredSize} bytes (truncated part?)");
        }
    }

    protected override void Dispose(bool disposing)
    {
        var first = disposing && !disposed;
        disposed = true;
        base.Dispose(disposing);
        if (first)
        {
            release();
        }
    }
}
