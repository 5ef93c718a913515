using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class SealedBoxTests
{
    [Fact]
    public void Seal_and_open_with_a_generated_key_pair()
    {
        var pair = BoxKeyPair.Generate();
        Assert.Equal(32, pair.PublicKey.Length);
        Assert.Equal(32, pair.SecretKey.Length);
        var token = CryptoRandom.Bytes(32);

        var sealedToken = SealedBox.Seal(token, pair.PublicKey);
        Assert.Equal(80, sealedToken.Length);
        Assert.Equal(token, SealedBox.Open(sealedToken, pair.PublicKey, pair.SecretKey));
        Assert.NotEqual(sealedToken, SealedBox.Seal(token, pair.PublicKey));
    }

    [Fact]
    public void Seed_key_pairs_are_deterministic()
    {
        var seed = CryptoRandom.Bytes(32);
        Assert.Equal(BoxKeyPair.FromSeed(seed).PublicKey, BoxKeyPair.FromSeed(seed).PublicKey);
        Assert.Equal(CryptoFailure.InvalidLength, Assert.Throws<CryptoException>(() => BoxKeyPair.FromSeed(new byte[31])).Failure);
    }

    [Fact]
    public void Wrong_secret_key_fails_authentication()
    {
        var pair = BoxKeyPair.Generate();
        var sealedKey = SealedBox.Seal(CryptoRandom.NewKey(), pair.PublicKey);
        var other = BoxKeyPair.Generate();
        AssertFailure(CryptoFailure.AuthenticationFailed, () => SealedBox.Open(sealedKey, pair.PublicKey, other.SecretKey));
        AssertFailure(CryptoFailure.AuthenticationFailed, () => SealedBox.Open(sealedKey, other.PublicKey, other.SecretKey));
    }

    [Fact]
    public void Every_tampered_byte_fails_authentication()
    {
        var pair = BoxKeyPair.Generate();
        var sealedKey = SealedBox.Seal(CryptoRandom.NewKey(), pair.PublicKey);
        for (var i = 0; i < sealedKey.Length; i++)
        {
            var tampered = sealedKey.ToArray();
            tampered[i] ^= 0x10;
            AssertFailure(CryptoFailure.AuthenticationFailed, () => SealedBox.Open(tampered, pair.PublicKey, pair.SecretKey));
        }
    }

    [Fact]
    public void Shorter_than_the_overhead_is_truncated()
    {
        var pair = BoxKeyPair.Generate();
        AssertFailure(CryptoFailure.Truncated, () => SealedBox.Open(new byte[47], pair.PublicKey, pair.SecretKey));
    }

    [Theory]
    [InlineData(31, 32)]
    [InlineData(33, 32)]
    [InlineData(32, 31)]
    [InlineData(32, 0)]
    public void Wrong_key_lengths(int publicLength, int secretLength)
    {
        AssertFailure(CryptoFailure.InvalidLength, () => SealedBox.Open(new byte[80], new byte[publicLength], new byte[secretLength]));
        if (publicLength != 32)
        {
            AssertFailure(CryptoFailure.InvalidLength, () => SealedBox.Seal(new byte[32], new byte[publicLength]));
        }
    }

    private static void AssertFailure(CryptoFailure expected, Action action) =>
        Assert.Equal(expected, Assert.Throws<CryptoException>(action).Failure);
}
