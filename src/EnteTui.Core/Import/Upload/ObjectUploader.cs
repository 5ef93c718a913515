using EnteTui.Core.Bandwidth;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// Encrypts and stores objects (spec §5.6): a file as a chunked secretstream, with a single PUT up
/// to 4 chunks and multipart above (parts of 5 encrypted chunks, ETags kept verbatim); a Blob
/// (thumbnail) with a single PUT. Memory stays at one part per upload whatever the file size.
/// Every body passes through the run's <c>--bwlimit</c> bucket when there is one.
/// </summary>
public sealed class ObjectUploader(IImportTarget target, UploadUrlPool pool, BandwidthLimiter? bandwidth = null)
{
    public const int ChunksPerPart = 5;

    public static long ChunkCount(long plainLength) =>
        Math.Max(1, (plainLength + FileCipher.PlainChunkSize - 1) / FileCipher.PlainChunkSize);

    /// <summary>The web uses multipart from 5 chunks of 4 MiB on, i.e. above 16 MiB.</summary>
    public static bool NeedsMultipart(long plainLength) => ChunkCount(plainLength) >= ChunksPerPart;

    public async Task<UploadedObject> UploadFileAsync(
        Func<CancellationToken, Task<Stream>> openPlaintext, long plainLength, byte[] key, Action<long> onBytes, CancellationToken cancellationToken)
    {
        return NeedsMultipart(plainLength)
            ? await UploadMultipartAsync(openPlaintext, plainLength, key, onBytes, cancellationToken)
            : await UploadSingleAsync(openPlaintext, plainLength, key, onBytes, cancellationToken);
    }

    public async Task<UploadedObject> UploadBlobAsync(EncryptedBlob blob, CancellationToken cancellationToken)
    {
        var url = await pool.TakeAsync(cancellationToken);
        var bytes = blob.Ciphertext;
        await target.PutObjectAsync(url.Url, Body(() => new MemoryStream(bytes, writable: false)), bytes.Length, cancellationToken);
        return new UploadedObject(url.ObjectKey, EnteBase64.Encode(blob.Header), bytes.Length);
    }

    private Func<Stream> Body(Func<Stream> open) => bandwidth is null ? open : () => bandwidth.Wrap(open());

    private async Task<UploadedObject> UploadSingleAsync(
        Func<CancellationToken, Task<Stream>> openPlaintext, long plainLength, byte[] key, Action<long> onBytes, CancellationToken cancellationToken)
    {
        var expected = FileCipher.CiphertextLength(plainLength);
        var chunks = ChunkCount(plainLength);
        using var encryptor = SecretStreamEncryptor.Create(key);
        using var buffers = new ChunkBuffers((int)expected);
        await using (var plain = await openPlaintext(cancellationToken))
        {
            await EncryptChunksAsync(plain, encryptor, buffers, 0, (int)chunks, plainLength, cancellationToken);
            await EnsureEndedAsync(plain, plainLength, cancellationToken);
        }

        var url = await pool.TakeAsync(cancellationToken);
        var cipher = buffers.Output;
        await target.PutObjectAsync(url.Url, Body(() => new MemoryStream(cipher, 0, (int)expected, writable: false)), expected, cancellationToken);
        onBytes(plainLength);
        return new UploadedObject(url.ObjectKey, EnteBase64.Encode(encryptor.Header), expected);
    }

    private async Task<UploadedObject> UploadMultipartAsync(
        Func<CancellationToken, Task<Stream>> openPlaintext, long plainLength, byte[] key, Action<long> onBytes, CancellationToken cancellationToken)
    {
        var chunks = ChunkCount(plainLength);
        var partCount = (int)((chunks + ChunksPerPart - 1) / ChunksPerPart);
        var urls = await target.GetMultipartUploadUrlsAsync(partCount, cancellationToken);
        if (urls.PartUrls.Count < partCount)
        {
            throw new InvalidDataException($"The server handed out {urls.PartUrls.Count} part URLs for {partCount} parts.");
        }

        using var encryptor = SecretStreamEncryptor.Create(key);
        using var buffers = new ChunkBuffers(ChunksPerPart * FileCipher.CipherChunkSize);
        var etags = new List<string>(partCount);
        long total = 0;
        await using (var plain = await openPlaintext(cancellationToken))
        {
            for (var p = 0; p < partCount; p++)
            {
                var firstChunk = (long)p * ChunksPerPart;
                var (length, partPlain) = await EncryptChunksAsync(plain, encryptor, buffers, firstChunk, (int)Math.Min(ChunksPerPart, chunks - firstChunk), plainLength, cancellationToken);
                var part = buffers.Output;
                etags.Add(await target.PutPartAsync(urls.PartUrls[p], Body(() => new MemoryStream(part, 0, length, writable: false)), length, cancellationToken));
                total += length;
                onBytes(partPlain);
            }

            await EnsureEndedAsync(plain, plainLength, cancellationToken);
        }

        await target.CompleteMultipartAsync(urls.CompleteUrl, etags, cancellationToken);
        return new UploadedObject(urls.ObjectKey, EnteBase64.Encode(encryptor.Header), total);
    }

    /// <summary>
    /// Encrypts <paramref name="count"/> chunks from <paramref name="firstChunk"/> on into the output
    /// buffer; the length is known, so the last chunk is tagged final without reading ahead.
    /// </summary>
    private static async Task<(int Length, long Plain)> EncryptChunksAsync(
        Stream plain, SecretStreamEncryptor encryptor, ChunkBuffers buffers, long firstChunk, int count, long plainLength, CancellationToken cancellationToken)
    {
        var chunks = ChunkCount(plainLength);
        var length = 0;
        long done = 0;
        for (var chunkIndex = firstChunk; chunkIndex < firstChunk + count; chunkIndex++)
        {
            var want = (int)Math.Min(FileCipher.PlainChunkSize, plainLength - (chunkIndex * FileCipher.PlainChunkSize));
            var read = await plain.ReadAtLeastAsync(buffers.Plain.AsMemory(0, want), want, throwOnEndOfStream: false, cancellationToken);
            if (read != want)
            {
                throw new InvalidDataException($"The file ended after {(chunkIndex * FileCipher.PlainChunkSize) + read} bytes, not the {plainLength} the archive listed.");
            }

            length += encryptor.Push(buffers.Plain.AsSpan(0, read), chunkIndex == chunks - 1, buffers.Output.AsSpan(length));
            done += read;
        }

        return (length, done);
    }

    private static async Task EnsureEndedAsync(Stream plain, long plainLength, CancellationToken cancellationToken)
    {
        var probe = new byte[1];
        if (await plain.ReadAsync(probe, cancellationToken) > 0)
        {
            throw new InvalidDataException($"The file is longer than the {plainLength} bytes the archive listed.");
        }
    }
}
