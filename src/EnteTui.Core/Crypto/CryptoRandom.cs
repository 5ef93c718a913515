using System.Security.Cryptography;

namespace EnteTui.Core.Crypto;

/// <summary>Cryptographically secure random bytes.</summary>
public static class CryptoRandom
{
    public const int KeyBytes = 32;

    public static byte[] Bytes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return RandomNumberGenerator.GetBytes(count);
    }

    /// <summary>A fresh 32-byte symmetric key (secretbox, secretstream, KDF master key).</summary>
    public static byte[] NewKey() => Bytes(KeyBytes);
}
