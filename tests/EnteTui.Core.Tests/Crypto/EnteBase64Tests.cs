using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class EnteBase64Tests
{
    [Fact]
    public void Standard_padded_round_trip()
    {
        byte[] bytes = [0xfb, 0xff, 0xfe, 0x01];
        Assert.Equal("+//+AQ==", EnteBase64.Encode(bytes));
        Assert.Equal(bytes, EnteBase64.Decode("+//+AQ=="));
    }

    [Fact]
    public void Token_is_url_safe_and_keeps_its_padding()
    {
        var token = Enumerable.Repeat((byte)0xff, 32).ToArray();
        var encoded = EnteBase64.EncodeToken(token);
        Assert.Equal(44, encoded.Length);
        Assert.EndsWith("=", encoded, StringComparison.Ordinal);
        Assert.DoesNotContain('/', encoded);
        Assert.DoesNotContain('+', encoded);
        Assert.Equal(token, EnteBase64.DecodeUrlSafe(encoded));
        Assert.Equal(token, EnteBase64.DecodeUrlSafe(encoded.TrimEnd('=')));
        Assert.Equal([0xfb, 0xff], EnteBase64.DecodeUrlSafe("-_8="));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAA")]
    [InlineData("-_8=")]
    [InlineData("AA==AA==")]
    public void Junk_is_invalid_input(string junk)
    {
        Assert.Equal(CryptoFailure.InvalidInput, Assert.Throws<CryptoException>(() => EnteBase64.Decode(junk)).Failure);
    }

    [Theory]
    [InlineData("+/8=")]
    [InlineData("A")]
    [InlineData("a$b=")]
    public void Url_safe_junk_is_invalid_input(string junk)
    {
        Assert.Equal(CryptoFailure.InvalidInput, Assert.Throws<CryptoException>(() => EnteBase64.DecodeUrlSafe(junk)).Failure);
    }

    [Fact]
    public void Null_is_invalid_input()
    {
        Assert.Equal(CryptoFailure.InvalidInput, Assert.Throws<CryptoException>(() => EnteBase64.Decode(null!)).Failure);
        Assert.Equal(CryptoFailure.InvalidInput, Assert.Throws<CryptoException>(() => EnteBase64.DecodeUrlSafe(null!)).Failure);
    }
}
