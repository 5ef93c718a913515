namespace EnteTui.Core.Crypto;

/// <summary>An X25519 key pair for crypto_box / sealed boxes (32-byte public and secret keys).</summary>
public sealed record BoxKeyPair(byte[] PublicKey, byte[] SecretKey)
{
    public const int KeyBytes = LibSodium.BoxPublicKeyBytes;

    /// <summary>crypto_box_keypair: a fresh random key pair (signup).</summary>
    public static unsafe BoxKeyPair Generate()
    {
        var publicKey = new byte[LibSodium.BoxPublicKeyBytes];
        var secretKey = new byte[LibSodium.BoxSecretKeyBytes];
        fixed (byte* pk = publicKey)
        fixed (byte* sk = secretKey)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_box_keypair(pk, sk), CryptoFailure.InvalidInput, "Key pair generation failed.");
        }

        return new BoxKeyPair(publicKey, secretKey);
    }

    /// <summary>crypto_box_seed_keypair: a deterministic key pair from a 32-byte seed.</summary>
    public static unsafe BoxKeyPair FromSeed(ReadOnlySpan<byte> seed32)
    {
        CryptoException.RequireLength(seed32, LibSodium.BoxSeedBytes, "Key pair seed");
        var publicKey = new byte[LibSodium.BoxPublicKeyBytes];
        var secretKey = new byte[LibSodium.BoxSecretKeyBytes];
        fixed (byte* pk = publicKey)
        fixed (byte* sk = secretKey)
        fixed (byte* seed = seed32)
        {
            CryptoException.RequireSuccess(LibSodium.crypto_box_seed_keypair(pk, sk, seed), CryptoFailure.InvalidInput, "Key pair derivation failed.");
        }

        return new BoxKeyPair(publicKey, secretKey);
    }
}
