using EnteTui.LocalServer.Fixtures;

namespace EnteTui.LocalServer.Seeding;

/// <summary>
/// Seeds many files into one collection fast enough for a library of 200,000 files: each file is
/// encrypted exactly as <see cref="FixtureUploader"/> does, several at once, and recorded by the same
/// `POST /files` logic, a batch of files per transaction instead of one each (a transaction's commit,
/// not the crypto, is what made one-by-one seeding slow).
/// </summary>
internal static class BulkUploader
{
    private const int FilesPerTransaction = 500;

    public static async Task<IReadOnlyList<long>> UploadAsync(ServerComponents server, UserKeys keys, long collectionId, IReadOnlyList<PreparedMedia> media, CancellationToken cancellationToken)
    {
        var collectionKey = FixtureUploader.CollectionKey(server, keys, collectionId);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        var ids = new List<long>(media.Count);
        foreach (var batch in media.Chunk(FilesPerTransaction))
        {
            var requests = new CreateFileRequest[batch.Length];
            await Parallel.ForAsync(0, batch.Length, options, async (index, _) =>
                requests[index] = await FixtureUploader.RequestAsync(server, keys, collectionId, collectionKey, batch[index]));
            ids.AddRange(server.Database.Write(d => requests.Select(request => FixtureUploader.Record(server, d, keys, request)).ToList()));
        }

        return ids;
    }
}
