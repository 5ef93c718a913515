using System.Buffers;
using EnteTui.Core.Bandwidth;
using EnteTui.Core.Crypto;

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
        // A pooled buffer: a fresh 16 MiB array per file is large-object garbage the GC keeps for long.
        var buffer = ArrayPool<byte>.Shared.Rent((int)expected + 1);
        try
        {
            byte[] header;
            long written;
            await using (var cipher = new MemoryStream(buffer, 0, buffer.Length, writable: true))
            {
                await using (var plain = await openPlaintext(cancellationToken))
                {
                    try
                    {
                        header = await FileCipher.EncryptAsync(plain, cipher, key, cancellationToken);
                    }
                    catch (NotSupportedException)
                    {
                        throw new InvalidDataException($"The file is longer than the {plainLength} bytes the archive listed.");
                    }
                }

                written = cipher.Position;
            }

            if (written != expected)
            {
                throw new InvalidDataException($"The file was {FileCipher.PlaintextLength(written)} bytes, not the {plainLength} the archive listed.");
            }

            var url = await pool.TakeAsync(cancellationToken);
            await target.PutObjectAsync(url.Url, Body(() => new MemoryStream(buffer, 0, (int)expected, writable: false)), expected, cancellationToken);
            onBytes(plainLength);
            return new UploadedObject(url.ObjectKey, EnteBase64.Encode(header), expected);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
        var plainChunk = new byte[FileCipher.PlainChunkSize];
        var part = new byte[ChunksPerPart * FileCipher.CipherChunkSize];
        var etags = new List<string>(partCount);
        long total = 0;
        await using (var plain = await openPlaintext(cancellationToken))
        {
            long chunkIndex = 0;
            for (var p = 0; p < partCount; p++)
            {
                var partLength = 0;
                long partPlain = 0;
                for (var c = 0; c < ChunksPerPart && chunkIndex < chunks; c++, chunkIndex++)
                {
                    var want = (int)Math.Min(FileCipher.PlainChunkSize, plainLength - (chunkIndex * FileCipher.PlainChunkSize));
                    var read = await plain.ReadAtLeastAsync(plainChunk.AsMemory(0, want), want, throwOnEndOfStream: false, cancellationToken);
                    if (read != want)
                    {
                        throw new InvalidDataException($"The file ended after {total + partPlain + read} bytes, not the {plainLength} the archive listed.");
                    }

                    partLength += encryptor.Push(plainChunk.AsSpan(0, read), chunkIndex == chunks - 1, part.AsSpan(partLength));
                    partPlain += read;
                }

                var length = partLength;
                etags.Add(await target.PutPartAsync(urls.PartUrls[p], Body(() => new MemoryStream(part, 0, length, writable: false)), length, cancellationToken));
                total += length;
                onBytes(partPlain);
            }
        }

        await target.CompleteMultipartAsync(urls.CompleteUrl, etags, cancellationToken);
        return new UploadedObject(urls.ObjectKey, EnteBase64.Encode(encryptor.Header), total);
    }
}
