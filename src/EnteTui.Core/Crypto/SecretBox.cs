namespace EnteTui.Core.Crypto;

/// <summary>
/// The "Box" shape (spec §3.2): crypto_secretbox_easy, XSalsa20-Poly1305 with a 24-byte nonce,
/// ciphertext = 16-byte MAC followed by the message. Used for keys and collection names.
/// </summary>
public static unsafe class SecretBox
{
    public const int KeyBytes = LibSodium.SecretBoxKeyBytes;
    public const int NonceBytes = LibSodium.SecretBoxNonceBytes;
    public const int MacBytes = LibSodium.SecretBoxMacBytes;

    public static byte[] Encrypt(ReadOnlySpan<byte> message, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> key)
    {
        CryptoException.RequireLength(nonce, NonceBytes, "Secretbox nonce");
        CryptoException.RequireLength(key, KeyBytes, "Secretbox key");
        var ciphertext = new byte[message.Length + MacBytes];
        fixed (byte* c = ciphertext)
        fixed (byte* m = message)
        fixed (byte* n = nonce)
        fixed (byte* k = key)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_secretbox_easy(c, m, (ulong)message.Length, n, k), CryptoFailure.InvalidInput, "Secretbox encryption failed.");
        }

        return ciphertext;
    }

    /// <summary>Encrypts with a fresh random nonce.</summary>
    public static SecretBoxCiphertext Encrypt(ReadOnlySpan<byte> message, ReadOnlySpan<byte> key)
    {
        var nonce = CryptoRandom.Bytes(NonceBytes);
        return new SecretBoxCiphertext(Encrypt(message, nonce, key), nonce);
    }

    public static byte[] Decrypt(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> key)
    {
        CryptoException.RequireLength(nonce, NonceBytes, "Secretbox nonce");
        CryptoException.RequireLength(key, KeyBytes, "Secretbox key");
        CryptoException.RequireOverhead(ciphertext, MacBytes, "Secretbox ciphertext");

        var message = new byte[ciphertext.Length - MacBytes];
        fixed (byte* m = message)
        fixed (byte* c = ciphertext)
        fixed (byte* n = nonce)
        fixed (byte* k = key)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_secretbox_open_easy(m, c, (ulong)ciphertext.Length, n, k), CryptoFailure.AuthenticationFailed, "Secretbox MAC did not verify (wrong key or tampered data).");
        }

        return message;
    }
}
