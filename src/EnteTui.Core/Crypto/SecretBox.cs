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
        return SodiumCalls.Transform(&LibSodium.crypto_secretbox_easy, message, message.Length + MacBytes, nonce, key, CryptoFailure.InvalidInput, "Secretbox encryption failed.");
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
        return SodiumCalls.Transform(&LibSodium.crypto_secretbox_open_easy, ciphertext, ciphertext.Length - MacBytes, nonce, key, CryptoFailure.AuthenticationFailed, "Secretbox MAC did not verify (wrong key or tampered data).");
    }
}
