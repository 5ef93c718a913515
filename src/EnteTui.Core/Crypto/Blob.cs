namespace EnteTui.Core.Crypto;

/// <summary>
/// The "Blob" shape (spec §3.2): secretstream init_push plus one push tagged FINAL, header kept
/// separately. Used for file metadata, thumbnails and magic metadata.
/// </summary>
public static class Blob
{
    public const int HeaderBytes = LibSodium.StreamHeaderBytes;
    public const int Overhead = LibSodium.StreamABytes;

    public static EncryptedBlob Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> key)
    {
        using var encryptor = SecretStreamEncryptor.Create(key);
        return new EncryptedBlob(encryptor.Push(plaintext, final: true), encryptor.Header);
    }

    /// <summary>Encrypts with a given header; only for reproducing test vectors.</summary>
    internal static byte[] EncryptWithFixedHeader(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> header, ReadOnlySpan<byte> key)
    {
        using var encryptor = SecretStreamEncryptor.CreateWithFixedHeader(key, header);
        return encryptor.Push(plaintext, final: true);
    }

    /// <summary>
    /// A single pull over the whole ciphertext. Accepts TAG_FINAL and TAG_MESSAGE, like the Go
    /// CLI's Ente Auth decrypt (spec §3.2); any other tag is rejected.
    /// </summary>
    public static byte[] Decrypt(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> header, ReadOnlySpan<byte> key)
    {
        using var decryptor = new SecretStreamDecryptor(header, key);
        CryptoException.RequireOverhead(ciphertext, Overhead, "Blob ciphertext");

        var plain = new byte[ciphertext.Length - Overhead];
        decryptor.Pull(ciphertext, plain, out var tag);
        if (tag is not (LibSodium.TagFinal or LibSodium.TagMessage))
        {
            throw new CryptoException(CryptoFailure.InvalidInput, $"Blob carries unexpected secretstream tag {tag}.");
        }

        return plain;
    }
}
