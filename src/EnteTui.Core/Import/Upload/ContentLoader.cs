using System.Buffers;
using EnteTui.Core.Crypto;
using EnteTui.Core.Import.Media;
using EnteTui.Core.Import.Planning;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// Reads a copy once from its part: hashes it (BLAKE2b-512, spec §5.2) and keeps the bytes when
/// they are small, else only the head. A part that can be read again (zip, folder) keeps only up to
/// one chunk (4 MiB): larger files are read again for the thumbnail (decoded at reduced size from
/// the stream) and for the upload, so memory stays flat whatever the photo size. A forward-only
/// part (tgz) keeps up to 16 MiB, or images up to 64 MiB, because it cannot be read twice cheaply.
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
        media.Size <= InMemoryLimit || (MediaKinds.FromFileName(media.FileName) == EnteFileType.Image && media.Size <= ImageInMemoryLimit);

    public async Task<(string Hash, byte[]? Bytes, byte[] Head)> LoadAsync(ImportMedia media, bool forceBuffer, CancellationToken cancellationToken)
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

            return (ContentHash.Compute(bytes), bytes, bytes);
        }

        return await HashStreamingAsync(media, stream, cancellationToken);
    }

    private static async Task<(string Hash, byte[]? Bytes, byte[] Head)> HashStreamingAsync(ImportMedia media, Stream stream, CancellationToken cancellationToken)
    {
        using var hasher = new ContentHasher();
        var head = new byte[Math.Min(HeadBytes, media.Size)];
        var chunk = ArrayPool<byte>.Shared.Rent(HashReadBytes);
        try
        {
            long total = 0;
            int read;
            while ((read = await stream.ReadAtLeastAsync(chunk.AsMemory(0, HashReadBytes), HashReadBytes, throwOnEndOfStream: false, cancellationToken)) > 0)
            {
                if (total < head.Length)
                {
                    chunk.AsSpan(0, (int)Math.Min(read, head.Length - total)).CopyTo(head.AsSpan((int)total));
                }

                hasher.Append(chunk.AsSpan(0, read));
                total += read;
            }

            if (total != media.Size)
            {
                throw new InvalidDataException($"{media.Path} is {total} bytes, not the {media.Size} its archive lists.");
            }

            return (hasher.FinishBase64(), null, head);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
