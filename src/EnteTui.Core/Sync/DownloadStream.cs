namespace EnteTui.Core.Sync;

/// <summary>The body of an <see cref="ObjectDownload"/>; disposing it releases the HTTP response.</summary>
internal sealed class DownloadStream(ObjectDownload download) : ReadOnlyPassThroughStream(download.Content, leaveOpen: true)
{
    public override long Length => download.Length ?? throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await download.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            download.Dispose();
        }

        base.Dispose(disposing);
    }
}
