using System.Numerics;
using System.Security.Cryptography;

using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Auth;

namespace EnteTui.Core.Tests.Crypto;

public class SrpVectorTests
{
    [Theory]
    [CoversVector("srp-exchange")]
    [CoversVector("srp-leading-zero")]
    [CoversVector("spec-crosscheck-srp")]
    [InlineData("srp-exchange")]
    [InlineData("srp-leading-zero")]
    [InlineData("spec-crosscheck-srp")]
    public void Srp_exchange_matches_the_vector(string id)
    {
        var v = CryptoVectors.Get(id);
        var userId = v.In("srpUserID");
        var salt = v.HasIn("srpSalt") ? v.InB64("srpSalt") : v.InHex("srpSaltHex");
        var password = v.InHex("loginSubKeyHex");

        Assert.Equal(Integer(v.OutHex("kHex")), SrpGroup.K);
        Assert.Equal(Integer(v.OutHex("xHex")), SrpMath.X(userId, salt, password));

        var verifier = SrpVerifier.Compute(userId, salt, password);
        Assert.Equal(v.Out("srpVerifier"), EnteBase64.Encode(verifier));

        var client = new SrpClient(userId, salt, password, v.InHex("clientSecretAHex"));
        Assert.Equal(SrpGroup.PaddedLength, client.PublicA.Length);
        Assert.Equal(v.Out("srpA"), EnteBase64.Encode(client.PublicA));
        Assert.Equal(v.OutHex("sha256PadA"), SHA256.HashData(client.PublicA));

        var server = new SrpServerSession(verifier, v.InHex("serverSecretBHex"));
        Assert.Equal(v.Out("srpB"), EnteBase64.Encode(server.PublicB));
        Assert.Equal(v.OutHex("sha256PadB"), SHA256.HashData(server.PublicB));

        var leading = v.Output.GetProperty("leadingZeroBytes");
        Assert.Equal(leading.GetProperty("A").GetInt32(), client.PublicA.TakeWhile(b => b == 0).Count());
        Assert.Equal(leading.GetProperty("B").GetInt32(), server.PublicB.TakeWhile(b => b == 0).Count());

        Assert.Equal(Integer(v.OutHex("uHex")), SrpMath.U(client.PublicA, server.PublicB));

        var m1 = client.ComputeM1(v.OutB64("srpB"));
        Assert.Equal(v.Out("srpM1"), EnteBase64.Encode(m1));
        Assert.Equal(v.OutHex("premasterSecretSPadHex"), client.PaddedPremasterSecret);
        Assert.Equal(leading.GetProperty("S").GetInt32(), client.PaddedPremasterSecret!.TakeWhile(b => b == 0).Count());
        Assert.Equal(v.OutHex("sessionKeyKHex"), client.SessionKey);

        var m2 = server.VerifyM1(v.OutB64("srpA"), m1);
        Assert.NotNull(m2);
        Assert.Equal(v.Out("srpM2"), EnteBase64.Encode(m2));
        Assert.True(client.VerifyM2(v.OutB64("srpM2")));
    }

    [Fact]
    public void Spec_2_5_vector()
    {
        const string UserId = "4b8e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
        var salt = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();
        var password = Enumerable.Range(100, 16).Select(i => (byte)i).ToArray();

        var verifier = SrpVerifier.Compute(UserId, salt, password);
        Assert.Equal("efa7526139188010e400f42afb59cc3b45dd0b1704457ce881c64923cce390cf", Sha256Hex(verifier));

        var client = new SrpClient(UserId, salt, password, Enumerable.Repeat((byte)0x44, 32).ToArray());
        var server = new SrpServerSession(verifier, Enumerable.Repeat((byte)0x33, 32).ToArray());
        Assert.Equal("810d8aecfc95a21161cb21a4229d943b8423c97b368826e4d0ba6acbc570c04c", Sha256Hex(client.PublicA));
        Assert.Equal("1f87f1002203fb5340998446c6460692c08fe69738ad95fcd86527b9f7d96053", Sha256Hex(server.PublicB));
        Assert.Equal(
            Integer(Convert.FromHexString("ea931b74940b19d5806adacc77f7503d4234895949eee389cf6059d73fec9f9c")),
            SrpMath.U(client.PublicA, server.PublicB));

        var m1 = client.ComputeM1(server.PublicB);
        Assert.Equal("SKOAzlMb9hserRajtelNAK9UrulJD2mzZCMyA+2TzeQ=", EnteBase64.Encode(m1));
        var m2 = server.VerifyM1(client.PublicA, m1);
        Assert.Equal("0DXBL9i4m8MlF5QkG+kXaaMhyGyhf99cuP0dbGIlwQQ=", EnteBase64.Encode(m2!));
        Assert.True(client.VerifyM2(m2!));
    }

    [Fact]
    public void Group_is_the_rfc_5054_4096_bit_prime_with_generator_5()
    {
        Assert.Equal(4096, (int)SrpGroup.N.GetBitLength());
        Assert.StartsWith("ffffffffffffffffc90fdaa22168c234", Convert.ToHexStringLower(SrpGroup.Pad(SrpGroup.N)), StringComparison.Ordinal);
        Assert.EndsWith("4df435c934063199ffffffffffffffff", Convert.ToHexStringLower(SrpGroup.Pad(SrpGroup.N)), StringComparison.Ordinal);
        Assert.Equal(new BigInteger(5), SrpGroup.G);
    }

    private static BigInteger Integer(byte[] bigEndian) => SrpGroup.ToInteger(bigEndian);

    private static string Sha256Hex(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
