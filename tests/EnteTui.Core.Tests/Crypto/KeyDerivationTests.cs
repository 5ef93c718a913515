using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class KeyDerivationTests
{
    private static readonly byte[] Salt = new byte[16];

    [Fact]
    public void Password_is_used_exactly_as_typed()
    {
        // "é" precomposed (NFC) and decomposed (NFD) are different passwords; so are trailing spaces.
        var nfc = KeyDerivation.DeriveKek("caf\u00e9", Salt, 1, 8 * 1024);
        var nfd = KeyDerivation.DeriveKek("cafe\u0301", Salt, 1, 8 * 1024);
        var spaced = KeyDerivation.DeriveKek("caf\u00e9 ", Salt, 1, 8 * 1024);
        Assert.NotEqual(nfc, nfd);
        Assert.NotEqual(nfc, spaced);
        Assert.Equal(32, nfc.Length);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(17)]
    [InlineData(0)]
    public void Salt_must_be_16_bytes(int length)
    {
        AssertFailure(CryptoFailure.InvalidLength, () => KeyDerivation.DeriveKek("pw", new byte[length], 2, 8 * 1024));
    }

    [Theory]
    [InlineData(0, 67108864)]
    [InlineData(-1, 67108864)]
    [InlineData(2, 1023)]
    [InlineData(2, 0)]
    public void Limits_out_of_range_are_invalid_input(long ops, long mem)
    {
        AssertFailure(CryptoFailure.InvalidInput, () => KeyDerivation.DeriveKek("pw", Salt, ops, mem));
    }

    [Fact]
    public void Sub_key_arguments_are_checked()
    {
        var key = new byte[32];
        Assert.Equal(16, KeyDerivation.DeriveSubKey(key, 7, "ctx_____", 16).Length);
        Assert.Equal(64, KeyDerivation.DeriveSubKey(key, 7, "ctx_____", 64).Length);
        Assert.NotEqual(KeyDerivation.DeriveSubKey(key, 1, "loginctx", 32), KeyDerivation.DeriveSubKey(key, 2, "loginctx", 32));
        AssertFailure(CryptoFailure.InvalidLength, () => KeyDerivation.DeriveSubKey(key, 1, "loginctx", 15));
        AssertFailure(CryptoFailure.InvalidLength, () => KeyDerivation.DeriveSubKey(key, 1, "loginctx", 65));
        AssertFailure(CryptoFailure.InvalidLength, () => KeyDerivation.DeriveSubKey(new byte[31], 1, "loginctx", 32));
        AssertFailure(CryptoFailure.InvalidInput, () => KeyDerivation.DeriveSubKey(key, 1, "loginct", 32));
        AssertFailure(CryptoFailure.InvalidInput, () => KeyDerivation.DeriveSubKey(key, 1, "loginctxx", 32));
        AssertFailure(CryptoFailure.InvalidInput, () => KeyDerivation.DeriveSubKey(key, 1, "löginct", 32));
        AssertFailure(CryptoFailure.InvalidLength, () => KeyDerivation.DeriveLoginSubKey(new byte[16]));
    }

    private static void AssertFailure(CryptoFailure expected, Action action) =>
        Assert.Equal(expected, Assert.Throws<CryptoException>(action).Failure);
}
