namespace EnteTui.LocalServer.Faults;

/// <summary>Lets half of a response body through (at least one byte), then aborts the connection.</summary>
internal sealed class TruncatingBody(Stream inner, HttpContext context) : Stream
{
    private long written;
    private bool aborted;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => written; set => throw new NotSupportedException(); }

    public static async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        context.Response.Body = new TruncatingBody(original, context);
        try
        {
            await next(context);
        }
        catch (OperationCanceledException)
        {
            // The connection was aborted on purpose.
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (aborted)
        {
            return;
        }

        var limit = Math.Max(1, (context.Response.ContentLength ?? 4096) / 2);
        var allowed = (int)Math.Min(buffer.Length, limit - written);
        if (allowed > 0)
        {
            await inner.WriteAsync(buffer[..allowed], cancellationToken);
            written += allowed;
        }

        if (written >= limit)
        {
            await inner.FlushAsync(cancellationToken);
            aborted = true;
            context.Abort();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => aborted ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
