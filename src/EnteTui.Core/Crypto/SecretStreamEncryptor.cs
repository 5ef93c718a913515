using System.Security.Cryptography;

namespace EnteTui.Core.Crypto;

/// <summary>
/// crypto_secretstream_xchacha20poly1305 push side. Each <see cref="Push(ReadOnlySpan{byte}, bool)"/>
/// returns the message plus 17 bytes (encrypted tag byte and 16-byte MAC); the last push must be final.
/// </summary>
public sealed unsafe class SecretStreamEncryptor : IDisposable
{
    public const int HeaderBytes = LibSodium.StreamHeaderBytes;
    public const int KeyBytes = LibSodium.StreamKeyBytes;
    public const int ABytes = LibSodium.StreamABytes;

    private readonly byte[] state = GC.AllocateArray<byte>(LibSodium.StreamStateBytes, pinned: true);
    private bool finished;
    private bool disposed;

    private SecretStreamEncryptor(byte[] header)
    {
        Header = header;
    }

    /// <summary>The 24-byte header the decryptor needs; stored beside the ciphertext.</summary>
    public byte[] Header { get; }

    /// <summary>crypto_secretstream_xchacha20poly1305_init_push with a random header.</summary>
    public static SecretStreamEncryptor Create(ReadOnlySpan<byte> key) => Initialised(key, new byte[HeaderBytes], fromHeader: false);

    /// <summary>
    /// A push state for a given header, for reproducing test vectors: init_pull(header, key) yields
    /// exactly the state init_push would have produced with that header. Never reuse a header for
    /// real data.
    /// </summary>
    public static SecretStreamEncryptor CreateWithFixedHeader(ReadOnlySpan<byte> key, ReadOnlySpan<byte> header)
    {
        CryptoException.RequireLength(header, HeaderBytes, "Secretstream header");
        return Initialised(key, header.ToArray(), fromHeader: true);
    }

    /// <summary>Encrypts one chunk, tagged FINAL (3) when <paramref name="final"/> and MESSAGE (0) otherwise.</summary>
    public byte[] Push(ReadOnlySpan<byte> chunk, bool final)
    {
        var ciphertext = new byte[chunk.Length + ABytes];
        Push(chunk, final, ciphertext);
        return ciphertext;
    }

    /// <summary>Encrypts one chunk into <paramref name="destination"/>; returns the bytes written (chunk length + 17).</summary>
    public int Push(ReadOnlySpan<byte> chunk, bool final, Span<byte> destination)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (finished)
        {
            throw new InvalidOperationException("The stream already ended with a FINAL chunk.");
        }

        var length = chunk.Length + ABytes;
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, length, nameof(destination));
        ulong written;
        fixed (byte* state = this.state)
        fixed (byte* c = destination)
        fixed (byte* m = chunk)
        {
            var tag = final ? LibSodium.TagFinal : LibSodium.TagMessage;
            CryptoException.RequireSuccess(LibSodium.crypto_secretstream_xchacha20poly1305_push(state, c, &written, m, (ulong)chunk.Length, null, 0, tag), CryptoFailure.InvalidInput, "Secretstream push failed.");
        }

        finished = final;
        return (int)written;
    }

    public void Dispose()
    {
        if (!disposed)
        {
            CryptographicOperations.ZeroMemory(this.state);
            disposed = true;
        }
    }

    private static SecretStreamEncryptor Initialised(ReadOnlySpan<byte> key, byte[] header, bool fromHeader)
    {
        CryptoException.RequireLength(key, KeyBytes, "Secretstream key");
        var encryptor = new SecretStreamEncryptor(header);
        fixed (byte* state = encryptor.state)
        fixed (byte* h = encryptor.Header)
        fixed (byte* k = key)
        {
            var result = fromHeader
                ? LibSodium.crypto_secretstream_xchacha20poly1305_init_pull(state, h, k)
                : LibSodium.crypto_secretstream_xchacha20poly1305_init_push(state, h, k);
            CryptoException.RequireSuccess(result, CryptoFailure.InvalidInput, "Secretstream initialisation failed.");
        }

        return encryptor;
    }
}
