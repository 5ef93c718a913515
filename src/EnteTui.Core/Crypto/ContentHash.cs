using System.Buffers;

using NSec.Cryptography;

namespace EnteTui.Core.Crypto;

/// <summary>
/// The file content hash (spec §5.2): standard base64 of BLAKE2b-512 of the file bytes, fed in
/// 4 MiB chunks (chunking does not change the result).
/// </summary>
public static class ContentHash
{
    public const int ChunkSize = 4 * 1024 * 1024;

    public static string Compute(ReadOnlySpan<byte> data) =>
        Convert.ToBase64String(HashAlgorithm.Blake2b_512.Hash(data));

    public static async Task<string> ComputeAsync(Stream s, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var hasher = new ContentHasher();
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await s.ReadAtLeastAsync(buffer.AsMemory(0, ChunkSize), ChunkSize, throwOnEndOfStream: false, ct).ConfigureAwait(false)) > 0)
            {
                hasher.Append(buffer.AsSpan(0, read));
            }

            return hasher.FinishBase64();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>Live photo hash: <c>hash(image) + ":" + hash(video)</c>, each part hashed separately.</summary>
    public static string LivePhoto(string imageHash, string videoHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageHash);
        ArgumentException.ThrowIfNullOrEmpty(videoHash);
        return imageHash + ":" + videoHash;
    }
}
