using System.Numerics;
using System.Security.Cryptography;

namespace EnteTui.Core.Crypto;

/// <summary>The SRP-6a formulas of spec §2.5 (node-srp style, every group element padded).</summary>
public static class SrpMath
{
    public const int SecretBytes = 64;

    public static byte[] Hash(params byte[][] parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha.AppendData(part);
        }

        return sha.GetHashAndReset();
    }

    /// <summary>x = H(s ‖ H(I ‖ ":" ‖ P)).</summary>
    public static BigInteger X(string srpUserId, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> password)
    {
        ArgumentNullException.ThrowIfNull(srpUserId);
        var inner = Hash(Encoding.UTF8.GetBytes(srpUserId + ":"), password.ToArray());
        return SrpGroup.ToInteger(Hash(salt.ToArray(), inner));
    }

    /// <summary>u = H(PAD(A) ‖ PAD(B)).</summary>
    public static BigInteger U(byte[] paddedA, byte[] paddedB) => SrpGroup.ToInteger(Hash(paddedA, paddedB));

    /// <summary>M1 = H(PAD(A) ‖ PAD(B) ‖ PAD(S)).</summary>
    public static byte[] M1(byte[] paddedA, byte[] paddedB, byte[] paddedS) => Hash(paddedA, paddedB, paddedS);

    /// <summary>K = H(PAD(S)).</summary>
    public static byte[] SessionKey(byte[] paddedS) => Hash(paddedS);

    /// <summary>M2 = H(PAD(A) ‖ M1 ‖ K).</summary>
    public static byte[] M2(byte[] paddedA, byte[] m1, byte[] sessionKey) => Hash(paddedA, m1, sessionKey);

    /// <summary>A secret exponent: the given big-endian bytes, or 64 random bytes.</summary>
    public static BigInteger Secret(byte[]? secret)
    {
        var bytes = secret ?? CryptoRandom.Bytes(SecretBytes);
        var value = SrpGroup.ToInteger(bytes);
        if (value.IsZero)
        {
            throw new CryptoException(CryptoFailure.InvalidInput, "SRP secret exponent must not be zero.");
        }

        return value;
    }

    /// <summary>A public value received from the peer: 1 to 512 bytes, and 0 &lt; value &lt; N.</summary>
    public static BigInteger ReadPublicValue(byte[] value, string what)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0 || value.Length > SrpGroup.PaddedLength)
        {
            throw new CryptoException(CryptoFailure.InvalidLength, $"SRP {what} must be 1 to {SrpGroup.PaddedLength} bytes, got {value.Length}.");
        }

        var integer = SrpGroup.ToInteger(value);
        if (integer.IsZero || integer >= SrpGroup.N)
        {
            throw new CryptoException(CryptoFailure.InvalidInput, $"SRP {what} is outside 0 < {what} < N.");
        }

        return integer;
    }
}
