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
            CryptoException.RequireSuccess(LibSodium.crypto_box_seal(c, m, (ulong)message.Length, pk), CryptoFailure.InvalidInput, "Sealed box encryption failed.");
        }

        return ciphertext;
    }

    public static byte[] Open(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> secretKey)
    {
        CryptoException.RequireLength(publicKey, LibSodium.BoxPublicKeyBytes, "Public key");
        CryptoException.RequireLength(secretKey, LibSodium.BoxSecretKeyBytes, "Secret key");
        CryptoException.RequireOverhead(ciphertext, Overhead, "Sealed box");
        return SodiumCalls.Transform(&LibSodium.crypto_box_seal_open, ciphertext, ciphertext.Length - Overhead, publicKey, secretKey, CryptoFailure.AuthenticationFailed, "Sealed box did not open (wrong key pair or tampered data).");
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
        fixed (byte* output = sealedBytes)
        fixed (byte* esk = ephemeralSecretKey)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_scalarmult_base(output, esk), CryptoFailure.InvalidInput, "Sealed box encryption failed.");
        }

        var nonce = SealNonce(sealedBytes.AsSpan(0, LibSodium.BoxPublicKeyBytes), publicKey);
        fixed (byte* output = sealedBytes)
        fixed (byte* n = nonce)
        fixed (byte* m = message)
        fixed (byte* pk = publicKey)
        fixed (byte* esk = ephemeralSecretKey)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_box_easy(output + LibSodium.BoxPublicKeyBytes, m, (ulong)message.Length, n, pk, esk), CryptoFailure.InvalidInput, "Sealed box encryption failed.");
        }

        return sealedBytes;
    }

    /// <summary>The sealed-box nonce: BLAKE2b with a 24-byte output over epk ‖ pk.</summary>
    internal static byte[] SealNonce(ReadOnlySpan<byte> ephemeralPublicKey, ReadOnlySpan<byte> publicKey)
    {
        CryptoException.RequireLength(ephemeralPublicKey, LibSodium.BoxPublicKeyBytes, "Ephemeral public key");
        CryptoException.RequireLength(publicKey, LibSodium.BoxPublicKeyBytes, "Public key");
        byte[] input = [.. ephemeralPublicKey, .. publicKey];
        var nonce = new byte[LibSodium.BoxNonceBytes];
        fixed (byte* n = nonce)
        fixed (byte* i = input)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_generichash(n, (nuint)nonce.Length, i, (ulong)input.Length, null, 0), CryptoFailure.InvalidInput, "Sealed box nonce derivation failed.");
        }

        return nonce;
    }
}
