namespace EnteTui.Core.Crypto;

/// <summary>
/// The "Sealed box" shape (spec §3.2): crypto_box_seal, an ephemeral X25519 key and
/// XSalsa20-Poly1305 with nonce = BLAKE2b-192(epk ‖ pk). Layout: 32-byte ephemeral public key,
/// 16-byte MAC, message. Used for the auth token and keys of collections shared with the user.
/// </summary>
public static unsafe class SealedBox
{
    public const int Overhead = LibSodium.SealBytes;

    public static byte[] Seal(ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey)
    {
        CryptoException.RequireLength(publicKey, LibSodium.BoxPublicKeyBytes, "Public key");
        var ciphertext = new byte[message.Length + Overhead];
        fixed (byte* c = ciphertext)
        fixed (byte* m = message)
        fixed (byte* pk = publicKey)
        {
            if (LibSodium.crypto_box_seal(c, m, (ulong)message.Length, pk) != 0)
            {
                throw new CryptoException(CryptoFailure.InvalidInput, "Sealed box encryption failed.");
            }
        }

        return ciphertext;
    }

    public static byte[] Open(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> secretKey)
    {
        CryptoException.RequireLength(publicKey, LibSodium.BoxPublicKeyBytes, "Public key");
        CryptoException.RequireLength(secretKey, LibSodium.BoxSecretKeyBytes, "Secret key");
        if (ciphertext.Length < Overhead)
        {
            throw new CryptoException(CryptoFailure.Truncated, $"Sealed box is shorter than its {Overhead}-byte overhead.");
        }

        var message = new byte[ciphertext.Length - Overhead];
        fixed (byte* m = message)
        fixed (byte* c = ciphertext)
        fixed (byte* pk = publicKey)
        fixed (byte* sk = secretKey)
        {
            if (LibSodium.crypto_box_seal_open(m, c, (ulong)ciphertext.Length, pk, sk) != 0)
            {
                throw new CryptoException(CryptoFailure.AuthenticationFailed, "Sealed box did not open (wrong key pair or tampered data).");
            }
        }

        return message;
    }

    /// <summary>
    /// crypto_box_seal with a caller-chosen ephemeral secret key, built exactly as libsodium builds
    /// it: epk ‖ crypto_box_easy(m, BLAKE2b-192(epk ‖ pk), pk, esk). Only for reproducing test
    /// vectors; real seals must use <see cref="Seal"/> (a fresh ephemeral key each time).
    /// </summary>
    internal static byte[] SealWithEphemeralKey(ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> ephemeralSecretKey)
    {
        CryptoException.RequireLength(publicKey, LibSodium.BoxPublicKeyBytes, "Public key");
        CryptoException.RequireLength(ephemeralSecretKey, LibSodium.BoxSecretKeyBytes, "Ephemeral secret key");
        var sealedBytes = new byte[message.Length + Overhead];
        var nonceInput = new byte[2 * LibSodium.BoxPublicKeyBytes];
        var nonce = new byte[LibSodium.BoxNonceBytes];
        fixed (byte* output = sealedBytes)
        fixed (byte* nonceIn = nonceInput)
        fixed (byte* n = nonce)
        fixed (byte* m = message)
        fixed (byte* pk = publicKey)
        fixed (byte* esk = ephemeralSecretKey)
        {
            var failed = LibSodium.crypto_scalarmult_base(output, esk) != 0;
            sealedBytes.AsSpan(0, LibSodium.BoxPublicKeyBytes).CopyTo(nonceInput);
            publicKey.CopyTo(nonceInput.AsSpan(LibSodium.BoxPublicKeyBytes));
            failed |= LibSodium.crypto_generichash(n, (nuint)nonce.Length, nonceIn, (ulong)nonceInput.Length, null, 0) != 0;
            failed |= LibSodium.crypto_box_easy(output + LibSodium.BoxPublicKeyBytes, m, (ulong)message.Length, n, pk, esk) != 0;
            if (failed)
            {
                throw new CryptoException(CryptoFailure.InvalidInput, "Sealed box encryption failed.");
            }
        }

        return sealedBytes;
    }
}
