using System.Numerics;

using EnteTui.Core.Crypto;
using EnteTui.LocalServer.Auth;

namespace EnteTui.Core.Tests.Crypto;

public class SrpTests
{
    private const string UserId = "fda3d1f8-a3e0-4faa-8428-1fbe46bc9124";
    private static readonly byte[] Salt = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
    private static readonly byte[] Password = Enumerable.Range(50, 16).Select(i => (byte)i).ToArray();

    [Fact]
    public void Random_secrets_log_in()
    {
        var verifier = SrpVerifier.Compute(UserId, Salt, Password);
        Assert.Equal(512, verifier.Length);
        var client = new SrpClient(UserId, Salt, Password);
        var server = new SrpServerSession(verifier);
        Assert.Equal(512, client.PublicA.Length);
        Assert.Equal(512, server.PublicB.Length);

        var m1 = client.ComputeM1(server.PublicB);
        Assert.Equal(32, m1.Length);
        var m2 = server.VerifyM1(client.PublicA, m1);
        Assert.NotNull(m2);
        Assert.True(client.VerifyM2(m2));
        Assert.Equal(32, client.SessionKey!.Length);
    }

    [Fact]
    public void Wrong_password_is_refused_by_the_server()
    {
        var server = new SrpServerSession(SrpVerifier.Compute(UserId, Salt, Password));
        var wrong = Password.ToArray();
        wrong[0] ^= 1;
        var client = new SrpClient(UserId, Salt, wrong);
        Assert.Null(server.VerifyM1(client.PublicA, client.ComputeM1(server.PublicB)));
    }

    [Fact]
    public void Identity_is_part_of_the_verifier()
    {
        Assert.NotEqual(SrpVerifier.Compute(UserId, Salt, Password), SrpVerifier.Compute(UserId.ToUpperInvariant(), Salt, Password));
    }

    [Fact]
    public void Wrong_m2_is_rejected()
    {
        var server = new SrpServerSession(SrpVerifier.Compute(UserId, Salt, Password));
        var client = new SrpClient(UserId, Salt, Password);
        Assert.Throws<InvalidOperationException>(() => client.VerifyM2(new byte[32]));
        var m2 = server.VerifyM1(client.PublicA, client.ComputeM1(server.PublicB))!;
        m2[31] ^= 1;
        Assert.False(client.VerifyM2(m2));
        Assert.False(client.VerifyM2(m2[..16]));
    }

    [Fact]
    public void Server_b_must_be_inside_the_group()
    {
        var client = new SrpClient(UserId, Salt, Password);
        AssertFailure(CryptoFailure.InvalidInput, () => client.ComputeM1(new byte[512]));
        AssertFailure(CryptoFailure.InvalidInput, () => client.ComputeM1(SrpGroup.Pad(SrpGroup.N)));
        AssertFailure(CryptoFailure.InvalidInput, () => client.ComputeM1(Enumerable.Repeat((byte)0xff, 512).ToArray()));
        AssertFailure(CryptoFailure.InvalidLength, () => client.ComputeM1(new byte[513]));
        AssertFailure(CryptoFailure.InvalidLength, () => client.ComputeM1([]));
    }

    [Fact]
    public void Unpadded_b_is_read_as_the_same_integer()
    {
        var server = new SrpServerSession(SrpVerifier.Compute(UserId, Salt, Password), [0x01]);
        var b = SrpGroup.ToInteger(server.PublicB);
        var trimmed = b.ToByteArray(isUnsigned: true, isBigEndian: true);
        var client = new SrpClient(UserId, Salt, Password, [0x02]);
        Assert.Equal(client.ComputeM1(server.PublicB), new SrpClient(UserId, Salt, Password, [0x02]).ComputeM1(trimmed));
    }

    [Fact]
    public void Server_checks_a_and_m1_lengths()
    {
        var server = new SrpServerSession(SrpVerifier.Compute(UserId, Salt, Password));
        var client = new SrpClient(UserId, Salt, Password);
        var m1 = client.ComputeM1(server.PublicB);
        AssertFailure(CryptoFailure.InvalidLength, () => server.VerifyM1(client.PublicA[1..], m1));
        AssertFailure(CryptoFailure.InvalidLength, () => server.VerifyM1(client.PublicA, m1[..31]));
        AssertFailure(CryptoFailure.InvalidInput, () => server.VerifyM1(new byte[512], m1));
        AssertFailure(CryptoFailure.InvalidInput, () => server.VerifyM1(SrpGroup.Pad(SrpGroup.N), m1));
    }

    [Fact]
    public void Pad_is_512_bytes_big_endian()
    {
        var padded = SrpGroup.Pad(new BigInteger(0x0102));
        Assert.Equal(512, padded.Length);
        Assert.Equal([0x01, 0x02], padded[^2..]);
        Assert.All(padded[..^2], b => Assert.Equal(0, b));
        Assert.Equal(new BigInteger(0x0102), SrpGroup.ToInteger(padded));
        AssertFailure(CryptoFailure.InvalidInput, () => SrpGroup.Pad(BigInteger.One << 4096));
        AssertFailure(CryptoFailure.InvalidInput, () => SrpGroup.Pad(BigInteger.MinusOne));
    }

    [Fact]
    public void Zero_secret_is_refused()
    {
        AssertFailure(CryptoFailure.InvalidInput, () => new SrpClient(UserId, Salt, Password, new byte[32]));
    }

    private static void AssertFailure(CryptoFailure expected, Action action) =>
        Assert.Equal(expected, Assert.Throws<CryptoException>(action).Failure);
}
