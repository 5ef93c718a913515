using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class BlobTests
{
    private static readonly byte[] Json = """{"title":"IMG_0001.jpg","fileType":0}"""u8.ToArray();

    [Fact]
    public void Round_trip_with_a_fresh_header()
    {
        var key = CryptoRandom.NewKey();
        var blob = Blob.Encrypt(Json, key);
        Assert.Equal(24, blob.Header.Length);
        Assert.Equal(Json.Length + 17, blob.Ciphertext.Length);
        Assert.Equal(Json, Blob.Decrypt(blob.Ciphertext, blob.Header, key));
        Assert.NotEqual(blob.Header, Blob.Encrypt(Json, key).Header);
    }

    [Fact]
    public void Empty_blob_round_trip()
    {
        var key = CryptoRandom.NewKey();
        var blob = Blob.Encrypt([], key);
        Assert.Equal(17, blob.Ciphertext.Length);
        Assert.Empty(Blob.Decrypt(blob.Ciphertext, blob.Header, key));
    }

    [Fact]
    public void A_message_tagged_blob_is_accepted()
    {
        var key = CryptoRandom.NewKey();
        using var encryptor = SecretStreamEncryptor.Create(key);
        var ciphertext = encryptor.Push(Json, final: false);
        Assert.Equal(Json, Blob.Decrypt(ciphertext, encryptor.Header, key));
    }

    [Fact]
    public void Wrong_key_or_header_fails_authentication()
    {
        var key = CryptoRandom.NewKey();
        var blob = Blob.Encrypt(Json, key);
        AssertFailure(CryptoFailure.AuthenticationFailed, () => Blob.Decrypt(blob.Ciphertext, blob.Header, CryptoRandom.NewKey()));
        AssertFailure(CryptoFailure.AuthenticationFailed, () => Blob.Decrypt(blob.Ciphertext, CryptoRandom.Bytes(24), key));
    }

    [Fact]
    public void Every_tampered_byte_fails_authentication()
    {
        var key = CryptoRandom.NewKey();
        var blob = Blob.Encrypt(Json, key);
        for (var i = 0; i < blob.Ciphertext.Length; i++)
        {
            var tampered = blob.Ciphertext.ToArray();
            tampered[i] ^= 0x01;
            AssertFailure(CryptoFailure.AuthenticationFailed, () => Blob.Decrypt(tampered, blob.Header, key));
        }
    }

    [Fact]
    public void Cut_or_extended_blobs_fail()
    {
        var key = CryptoRandom.NewKey();
        var blob = Blob.Encrypt(Json, key);
        AssertFailure(CryptoFailure.Truncated, () => Blob.Decrypt(blob.Ciphertext[..16], blob.Header, key));
        AssertFailure(CryptoFailure.AuthenticationFailed, () => Blob.Decrypt(blob.Ciphertext[..^1], blob.Header, key));
        AssertFailure(CryptoFailure.AuthenticationFailed, () => Blob.Decrypt([.. blob.Ciphertext, 0], blob.Header, key));
    }

    [Theory]
    [InlineData(23, 32)]
    [InlineData(25, 32)]
    [InlineData(24, 16)]
    [InlineData(24, 64)]
    public void Wrong_header_or_key_length(int headerLength, int keyLength)
    {
        AssertFailure(CryptoFailure.InvalidLength, () => Blob.Decrypt(new byte[40], new byte[headerLength], new byte[keyLength]));
        if (headerLength == 24)
        {
            AssertFailure(CryptoFailure.InvalidLength, () => Blob.Encrypt(Json, new byte[keyLength]));
        }
    }

    private static void AssertFailure(CryptoFailure expected, Action action) =>
        Assert.Equal(expected, Assert.Throws<CryptoException>(action).Failure);
}
