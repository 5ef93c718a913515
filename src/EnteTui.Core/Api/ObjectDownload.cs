namespace EnteTui.Core.Api;

/// <summary>
/// A streamed download of an encrypted object. Read <see cref="Content"/> to the end (it throws
/// <see cref="IncompleteDownloadException"/> when the body is shorter or longer than
/// <see cref="Length"/>), then dispose.
/// </summary>
public sealed class ObjectDownload : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage response;

    internal ObjectDownload(HttpResponseMessage response, Stream body, string source, TimeSpan idleTimeout)
    {
        this.response = response;
        Source = source;
        Length = response.Content.Headers.ContentLength;
        Content = new LengthCheckedStream(body, Length, source, idleTimeout);
    }

    /// <summary>The announced length (Content-Length), when the server sent one.</summary>
    public long? Length { get; }

    public Stream Content { get; }

    /// <summary>Where the bytes came from, without the query (presigned URLs carry signatures there).</summary>
    public string Source { get; }

    public void Dispose()
    {
        Content.Dispose();
        response.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        response.Dispose();
    }
}
