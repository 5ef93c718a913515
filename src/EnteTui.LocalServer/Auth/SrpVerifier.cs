using System.Numerics;

namespace EnteTui.LocalServer.Auth;

/// <summary>The SRP verifier sent at signup: PAD(g^x mod N), 512 bytes (spec §2.5).</summary>
public static class SrpVerifier
{
    public static byte[] Compute(string srpUserId, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> loginSubKey)
    {
        var x = SrpMath.X(srpUserId, salt, loginSubKey);
        return SrpGroup.Pad(BigInteger.ModPow(SrpGroup.G, x, SrpGroup.N));
    }
}
