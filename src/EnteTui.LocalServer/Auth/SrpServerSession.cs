using System.Numerics;
using System.Security.Cryptography;

namespace EnteTui.LocalServer.Auth;

/// <summary>
/// The server side of SRP-6a as museum runs it (spec §2.5), for the local test server:
/// B = (k·v + g^b) mod N; on a matching M1 it returns M2 = H(PAD(A) ‖ M1 ‖ K).
/// </summary>
public sealed class SrpServerSession
{
    public const int M1Length = 32;

    private readonly BigInteger v;
    private readonly BigInteger b;

    /// <param name="verifier">PAD(v) as stored at signup.</param>
    /// <param name="secretB">The secret exponent b as big-endian bytes; 64 random bytes when null.</param>
    public SrpServerSession(byte[] verifier, byte[]? secretB = null)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        this.v = SrpMath.ReadPublicValue(verifier, "verifier");
        this.b = SrpMath.Secret(secretB);
        var n = SrpGroup.N;
        PublicB = SrpGroup.Pad(((SrpGroup.K * this.v) + BigInteger.ModPow(SrpGroup.G, this.b, n)) % n);
    }

    /// <summary>PAD(B), 512 bytes.</summary>
    public byte[] PublicB { get; }

    /// <summary>
    /// Checks the client's M1. Returns M2, or null when M1 does not match. Throws
    /// CryptoException(InvalidLength) when A is not 512 bytes or M1 not 32 bytes (museum answers
    /// 400 for both), and CryptoException(InvalidInput) when A mod N is 0.
    /// </summary>
    public byte[]? VerifyM1(byte[] clientA, byte[] m1)
    {
        ArgumentNullException.ThrowIfNull(clientA);
        ArgumentNullException.ThrowIfNull(m1);
        if (clientA.Length != SrpGroup.PaddedLength)
        {
            throw new CryptoException(CryptoFailure.InvalidLength, $"SRP A must be {SrpGroup.PaddedLength} bytes, got {clientA.Length}.");
        }

        if (m1.Length != M1Length)
        {
            throw new CryptoException(CryptoFailure.InvalidLength, $"SRP M1 must be {M1Length} bytes, got {m1.Length}.");
        }

        var a = SrpMath.ReadPublicValue(clientA, "A");
        var n = SrpGroup.N;
        var u = SrpMath.U(clientA, PublicB);
        var s = BigInteger.ModPow(a * BigInteger.ModPow(this.v, u, n) % n, this.b, n);
        var paddedS = SrpGroup.Pad(s);
        var expectedM1 = SrpMath.M1(clientA, PublicB, paddedS);
        if (!CryptographicOperations.FixedTimeEquals(expectedM1, m1))
        {
            return null;
        }

        return SrpMath.M2(clientA, m1, SrpMath.SessionKey(paddedS));
    }
}
