namespace EnteTui.Core.Tests.Media;

/// <summary>A source of one file's bytes that counts how often it is opened (each open is one more read of the entry).</summary>
internal sealed class CountingOpens(byte[] bytes)
{
    public int Opens { get; private set; }

    public Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        Opens++;
        return Task.FromResult<Stream>(new MemoryStream(bytes, writable: false));
    }
}
