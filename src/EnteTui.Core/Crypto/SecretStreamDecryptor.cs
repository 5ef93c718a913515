using System.Security.Cryptography;

namespace EnteTui.Core.Crypto;

/// <summary>
/// crypto_secretstream_xchacha20poly1305 pull side. A chunk that fails authentication throws and
/// yields no plaintext; libsodium leaves the state untouched in that case.
/// </summary>
public sealed unsafe class SecretStreamDecryptor : IDisposable
{
    public const int HeaderBytes = LibSodium.StreamHeaderBytes;
    public const int KeyBytes = LibSodium.StreamKeyBytes;
    public const int ABytes = LibSodium.StreamABytes;

    private readonly byte[] state = GC.AllocateArray<byte>(LibSodium.StreamStateBytes, pinned: true);
    private bool disposed;

    /// <summary>crypto_secretstream_xchacha20poly1305_init_pull(header, key).</summary>
    public SecretStreamDecryptor(ReadOnlySpan<byte> header, ReadOnlySpan<byte> key)
    {
        CryptoException.RequireLength(header, HeaderBytes, "Secretstream header");
        CryptoException.RequireLength(key, KeyBytes, "Secretstream key");
        fixed (byte* state = this.state)
        fixed (byte* h = header)
        fixed (byte* k = key)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_secretstream_xchacha20poly1305_init_pull(state, h, k), CryptoFailure.InvalidInput, "Secretstream initialisation failed.");
        }
    }

    /// <summary>True once a chunk tagged FINAL has been pulled.</summary>
    public bool IsFinished { get; private set; }

    public static SecretStreamDecryptor Create(ReadOnlySpan<byte> header, ReadOnlySpan<byte> key) => new(header, key);

    /// <summary>Decrypts one chunk (plaintext length + 17 bytes).</summary>
    public (byte[] Plain, bool IsFinal) Pull(ReadOnlySpan<byte> chunk)
    {
        var plain = new byte[Math.Max(0, chunk.Length - ABytes)];
        Pull(chunk, plain, out var tag);
        return (plain, tag == LibSodium.TagFinal);
    }

    /// <summary>Decrypts one chunk into <paramref name="destination"/>; returns the plaintext length and the tag byte.</summary>
    internal int Pull(ReadOnlySpan<byte> chunk, Span<byte> destination, out byte tag)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (IsFinished)
        {
            throw new CryptoException(CryptoFailure.TrailingData, "Data follows the chunk tagged FINAL.");
        }

        CryptoException.RequireOverhead(chunk, ABytes, "Secretstream chunk");
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, chunk.Length - ABytes, nameof(destination));
        ulong plainLength;
        byte pulledTag;
        fixed (byte* state = this.state)
        fixed (byte* m = destination)
        fixed (byte* c = chunk)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_secretstream_xchacha20poly1305_pull(state, m, &plainLength, &pulledTag, c, (ulong)chunk.Length, null, 0), CryptoFailure.AuthenticationFailed, "Secretstream chunk did not authenticate (wrong key or header, tampered or cut data).");
        }

        tag = pulledTag;
        IsFinished = pulledTag == LibSodium.TagFinal;
        return (int)plainLength;
    }

    public void Dispose()
    {
        if (!disposed)
        {
            CryptographicOperations.ZeroMemory(this.state);
            disposed = true;
        }
    }
}
