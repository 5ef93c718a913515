using System.Numerics;
using System.Security.Cryptography;

namespace EnteTui.Core.Crypto;

/// <summary>
/// The client side of Ente's SRP-6a login (spec §2.5): I = srpUserID, P = the 16-byte login
/// sub-key, s = srpSalt. Send <see cref="PublicA"/> (always 512 bytes), then M1 from
/// <see cref="ComputeM1"/>, then check the server's M2 with <see cref="VerifyM2"/>.
/// </summary>
public sealed class SrpClient
{
    private readonly string srpUserId;
    private readonly byte[] salt;
    private readonly byte[] loginSubKey;
    private readonly BigInteger a;
    private byte[]? expectedM2;

    /// <param name="srpUserId">The srpUserID UUID string exactly as the server returns it.</param>
    /// <param name="salt">The decoded srpSalt.</param>
    /// <param name="loginSubKey">The 16-byte login sub-key (SRP password).</param>
    /// <param name="secretA">The secret exponent a as big-endian bytes; 64 random bytes when null.</param>
    public SrpClient(string srpUserId, byte[] salt, byte[] loginSubKey, byte[]? secretA = null)
    {
        ArgumentNullException.ThrowIfNull(srpUserId);
        ArgumentNullException.ThrowIfNull(salt);
        ArgumentNullException.ThrowIfNull(loginSubKey);
        this.srpUserId = srpUserId;
        this.salt = salt.ToArray();
        this.loginSubKey = loginSubKey.ToArray();
        this.a = SrpMath.Secret(secretA);
        PublicA = SrpGroup.Pad(BigInteger.ModPow(SrpGroup.G, this.a, SrpGroup.N));
    }

    /// <summary>PAD(A), exactly 512 bytes; the server rejects any other length.</summary>
    public byte[] PublicA { get; }

    /// <summary>K = H(PAD(S)), available after <see cref="ComputeM1"/>.</summary>
    public byte[]? SessionKey { get; private set; }

    /// <summary>PAD(S), kept for test vectors.</summary>
    internal byte[]? PaddedPremasterSecret { get; private set; }

    /// <summary>Computes M1 = H(PAD(A) ‖ PAD(B) ‖ PAD(S)) for the server's B (checks 0 &lt; B &lt; N and u ≠ 0).</summary>
    public byte[] ComputeM1(byte[] serverB)
    {
        var b = SrpMath.ReadPublicValue(serverB, "B");
        var paddedB = SrpGroup.Pad(b);
        var u = SrpMath.U(PublicA, paddedB);
        if (u.IsZero)
        {
            throw new CryptoException(CryptoFailure.InvalidInput, "SRP scrambling parameter u is zero.");
        }

        var x = SrpMath.X(this.srpUserId, this.salt, this.loginSubKey);
        var n = SrpGroup.N;

        // S = (B - k·g^x)^(a + u·x) mod N; BigInteger.ModPow keeps a negative base's sign, so reduce first.
        var baseValue = (b - (SrpGroup.K * BigInteger.ModPow(SrpGroup.G, x, n))) % n;
        if (baseValue.Sign < 0)
        {
            baseValue += n;
        }

        var s = BigInteger.ModPow(baseValue, this.a + (u * x), n);
        var paddedS = SrpGroup.Pad(s);
        var m1 = SrpMath.M1(PublicA, paddedB, paddedS);
        SessionKey = SrpMath.SessionKey(paddedS);
        PaddedPremasterSecret = paddedS;
        expectedM2 = SrpMath.M2(PublicA, m1, SessionKey);
        return m1;
    }

    /// <summary>Checks the server's M2 = H(PAD(A) ‖ M1 ‖ K) in constant time.</summary>
    public bool VerifyM2(byte[] m2)
    {
        ArgumentNullException.ThrowIfNull(m2);
        if (expectedM2 is null)
        {
            throw new InvalidOperationException("Call ComputeM1 before VerifyM2.");
        }

        return CryptographicOperations.FixedTimeEquals(expectedM2, m2);
    }
}
