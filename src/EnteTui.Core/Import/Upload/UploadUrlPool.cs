namespace EnteTui.Core.Import.Upload;

/// <summary>A pool of single-PUT URLs, refilled in batches (the server hands out at most 50 per call).</summary>
public sealed class UploadUrlPool(IImportTarget target, int batchSize = 20)
{
    private readonly Queue<UploadUrl> urls = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<UploadUrl> TakeAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (urls.Count == 0)
            {
                var batch = await target.GetUploadUrlsAsync(Math.Clamp(batchSize, 1, 50), cancellationToken);
                if (batch.Count == 0)
                {
                    throw new InvalidOperationException("The server handed out no upload URLs.");
                }

                foreach (var url in batch)
                {
                    urls.Enqueue(url);
                }
            }

            return urls.Dequeue();
        }
        finally
        {
            gate.Release();
        }
    }
}
