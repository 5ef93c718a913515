using System.Buffers;

namespace EnteTui.Core.Crypto;

/// <summary>
/// The "Stream" shape (spec §3.2): chunked secretstream over file contents. Plaintext chunks of
/// 4 MiB become 4 194 321-byte ciphertext chunks; every chunk is tagged MESSAGE except the last,
/// which is FINAL. An exact multiple of 4 MiB ends with a full FINAL chunk; empty input gives one
/// 17-byte FINAL chunk. Memory use is constant (two or three chunk buffers).
/// </summary>
public static class FileCipher
{
    public const int PlainChunkSize = 4 * 1024 * 1024;
    public const int CipherChunkSize = PlainChunkSize + LibSodium.StreamABytes;
    public const int HeaderBytes = LibSodium.StreamHeaderBytes;

    /// <summary>n + 17 · ceil(n / 4 MiB), and 17 for an empty file.</summary>
    public static long CiphertextLength(long plaintextLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plaintextLength);
        var chunks = Math.Max(1, (plaintextLength + PlainChunkSize - 1) / PlainChunkSize);
        return plaintextLength + (chunks * LibSodium.StreamABytes);
    }

    /// <summary>The plaintext length of a well-formed stream; throws InvalidLength when no stream has this size.</summary>
    public static long PlaintextLength(long ciphertextLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ciphertextLength);
        var fullChunks = ciphertextLength / CipherChunkSize;
        var rest = ciphertextLength % CipherChunkSize;
        if (rest == 0 && fullChunks > 0)
        {
            return fullChunks * PlainChunkSize;
        }

        if (rest < LibSodium.StreamABytes)
        {
            throw new CryptoException(CryptoFailure.InvalidLength, $"{ciphertextLength} bytes is not a valid encrypted stream length.");
        }

        return (fullChunks * PlainChunkSize) + rest - LibSodium.StreamABytes;
    }

    /// <summary>
    /// Decrypts chunk by chunk, reading exact chunk sizes, and writes each chunk only after it
    /// authenticated. Returns the plaintext length. Failures: AuthenticationFailed (wrong key or
    /// header, tampering, or a chunk cut inside its body, which cannot be told apart from
    /// tampering), Truncated (no data, a final piece under 17 bytes, or the end right after a
    /// full-size MESSAGE chunk), MissingFinalTag (a short last chunk tagged MESSAGE),
    /// TrailingData (bytes after a full-size FINAL chunk; after a short FINAL chunk extra bytes
    /// land in the same read and fail authentication).
    /// </summary>
    public static async Task<long> DecryptAsync(Stream ciphertext, Stream plaintext, byte[] header, byte[] key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(key);
        using var decryptor = new SecretStreamDecryptor(header, key);
        var current = ArrayPool<byte>.Shared.Rent(CipherChunkSize);
        var next = ArrayPool<byte>.Shared.Rent(CipherChunkSize);
        var plainBuffer = ArrayPool<byte>.Shared.Rent(PlainChunkSize);
        Task<int>? ahead = null;
        try
        {
            long written = 0;
            var chunks = 0;
            var read = await ReadCipherChunkAsync(ciphertext, current, ct).ConfigureAwait(false);
            while (true)
            {
                if (read == 0)
                {
                    throw new CryptoException(CryptoFailure.Truncated, chunks == 0
                        ? "The encrypted stream is empty."
                        : "The encrypted stream ends after a full chunk without a FINAL tag.");
                }

                // Read-ahead: the next chunk arrives from the network while this one is decrypted and written.
                ahead = read == CipherChunkSize ? ReadCipherChunkAsync(ciphertext, next, ct) : null;
                var plainLength = decryptor.Pull(current.AsSpan(0, read), plainBuffer, out var tag);
                chunks++;
                var isFinal = tag == LibSodium.TagFinal;
                if (!isFinal && read < CipherChunkSize)
                {
                    throw new CryptoException(CryptoFailure.MissingFinalTag, "The encrypted stream ends without a chunk tagged FINAL.");
                }

                await plaintext.WriteAsync(plainBuffer.AsMemory(0, plainLength), ct).ConfigureAwait(false);
                written += plainLength;
                var following = ahead is null ? 0 : await ahead.ConfigureAwait(false);
                ahead = null;
                if (isFinal)
                {
                    if (following > 0)
                    {
                        throw new CryptoException(CryptoFailure.TrailingData, "Data follows the chunk tagged FINAL.");
                    }

                    return written;
                }

                (current, next) = (next, current);
                read = following;
            }
        }
        finally
        {
            // A buffer goes back to the pool only once no read is filling it.
            if (ahead is not null)
            {
                await ahead.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }

            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
            ArrayPool<byte>.Shared.Return(plainBuffer, clearArray: true);
        }
    }

    private static Task<int> ReadCipherChunkAsync(Stream ciphertext, byte[] buffer, CancellationToken ct) =>
        ciphertext.ReadAtLeastAsync(buffer.AsMemory(0, CipherChunkSize), CipherChunkSize, throwOnEndOfStream: false, ct).AsTask();

    /// <summary>Encrypts with a fresh random header, which it returns.</summary>
    public static async Task<byte[]> EncryptAsync(Stream plaintext, Stream ciphertext, byte[] key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var encryptor = SecretStreamEncryptor.Create(key);
        await EncryptAsync(plaintext, ciphertext, encryptor, ct).ConfigureAwait(false);
        return encryptor.Header;
    }

    /// <summary>Encrypts through a given push state (for fixed-header test vectors); returns the plaintext length.</summary>
    internal static async Task<long> EncryptAsync(Stream plaintext, Stream ciphertext, SecretStreamEncryptor encryptor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(ciphertext);
        var current = ArrayPool<byte>.Shared.Rent(PlainChunkSize);
        var next = ArrayPool<byte>.Shared.Rent(PlainChunkSize);
        var cipherBuffer = ArrayPool<byte>.Shared.Rent(CipherChunkSize);
        try
        {
            long total = 0;
            var currentLength = await ReadChunkAsync(plaintext, current, ct).ConfigureAwait(false);
            while (true)
            {
                var nextLength = 0;
                var isFinal = currentLength < PlainChunkSize;
                if (!isFinal)
                {
                    // A full chunk is final only if nothing follows: no empty trailing chunk (spec §3.2).
                    nextLength = await ReadChunkAsync(plaintext, next, ct).ConfigureAwait(false);
                    isFinal = nextLength == 0;
                }

                var cipherLength = encryptor.Push(current.AsSpan(0, currentLength), isFinal, cipherBuffer);
                await ciphertext.WriteAsync(cipherBuffer.AsMemory(0, cipherLength), ct).ConfigureAwait(false);
                total += currentLength;
                if (isFinal)
                {
                    return total;
                }

                (current, next) = (next, current);
                currentLength = nextLength;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current, clearArray: true);
            ArrayPool<byte>.Shared.Return(next, clearArray: true);
            ArrayPool<byte>.Shared.Return(cipherBuffer);
        }
    }

    private static ValueTask<int> ReadChunkAsync(Stream source, byte[] buffer, CancellationToken ct) =>
        source.ReadAtLeastAsync(buffer.AsMemory(0, PlainChunkSize), PlainChunkSize, throwOnEndOfStream: false, ct);
}
