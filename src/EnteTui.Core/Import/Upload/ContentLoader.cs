using System.Buffers;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// Reads a copy once from its part: hashes it (BLAKE2b-512, spec §5.2) and keeps the bytes when
/// they are small, else only the head. A part that can be read again (zip, folder) keeps only up to
/// one chunk (4 MiB): larger files are read again for the thumbnail (decoded at reduced size from
/// the stream) and for the upload, so memory stays flat whatever the photo size. A forward-only
/// part (tgz) keeps up to 16 MiB, or images up to 64 MiB, because it cannot be read twice cheaply.
/// A JPEG that is streamed may be thumbnailed in the same read as it is hashed (the decoder reads
/// through the hash), which saves inflating it once more for its thumbnail.
/// </summary>
internal sealed class ContentLoader(IImportSource source, PartGates gates)
{
    public const int InMemoryLimit = 16 * 1024 * 1024;
    public const int ImageInMemoryLimit = 64 * 1024 * 1024;
    public const int HeadBytes = 1024 * 1024;
    public const int RereadableInMemoryLimit = 4 * 1024 * 1024;

    /// <summary>Reads of 64 KiB stay out of the large-object heap (the hash does not depend on the read size).</summary>
    private const int HashReadBytes = 64 * 1024;

    /// <summary>Whether a copy is read into memory (small files, and images up to 64 MiB for their thumbnail).</summary>
    public static bool Buffers(ImportMedia media) =>
        media.Size <= InMemoryLimit || (media.TypeByName == EnteFileType.Image && media.Size <= ImageInMemoryLimit);

    /// <summary>Hashes a copy; <c>thumbnail</c>: also decode a streamed JPEG's thumbnail in the same read (when it will most likely be uploaded).</summary>
    public async Task<LoadedBytes> LoadAsync(ImportMedia media, bool forceBuffer, bool thumbnail, CancellationToken cancellationToken)
    {
        var buffer = forceBuffer || (source.IsSequential(media) ? Buffers(media) : media.Size <= RereadableInMemoryLimit);
        using var gate = await gates.EnterAsync(media, cancellationToken);
        await using var stream = await source.OpenAsync(media, cancellationToken);
        if (buffer)
        {
            var bytes = new byte[media.Size];
            var read = await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken);
            if (read != media.Size || stream.ReadByte() >= 0)
            {
                throw new InvalidDataException($"{media.Path} is not the {media.Size} bytes its archive lists.");
            }

            return new LoadedBytes(ContentHash.Compute(bytes), bytes, bytes, null);
        }

        return await HashStreamingAsync(media, stream, thumbnail, cancellationToken);
    }

    private static async Task<LoadedBytes> HashStreamingAsync(ImportMedia media, Stream stream, bool thumbnail, CancellationToken cancellationToken)
    {
        var hashing = new HashingStream(stream, (int)Math.Min(HeadBytes, media.Size), leaveOpen: true);
        var made = thumbnail ? Thumbnailer.FromJpegStream(hashing) : null;
        var chunk = ArrayPool<byte>.Shared.Rent(HashReadBytes);
        try
        {
            while (await hashing.ReadAtLeastAsync(chunk.AsMemory(0, HashReadBytes), HashReadBytes, throwOnEndOfStream: false, cancellationToken) > 0)
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            hashing.Dispose();
        }

        if (hashing.BytesRead != media.Size)
        {
            throw new InvalidDataException($"{media.Path} is {hashing.BytesRead} bytes, not the {media.Size} its archive lists.");
        }

        return new LoadedBytes(hashing.Hash!, null, hashing.Head, made, SkiaTried: thumbnail);
    }
}
