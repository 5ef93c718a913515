using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class SecretBoxTests
{
    private static readonly byte[] Message = "collection name ✓"u8.ToArray();

    [Fact]
    public void Random_nonce_round_trip()
    {
        var key = CryptoRandom.NewKey();
        var box = SecretBox.Encrypt(Message, key);
        Assert.Equal(SecretBox.NonceBytes, box.Nonce.Length);
        Assert.Equal(Message.Length + SecretBox.MacBytes, box.Ciphertext.Length);
        Assert.Equal(Message, SecretBox.Decrypt(box.Ciphertext, box.Nonce, key));
        Assert.NotEqual(box.Nonce, SecretBox.Encrypt(Message, key).Nonce);
    }

    [Fact]
    public void Empty_message_round_trip()
    {
        var key = CryptoRandom.NewKey();
        var box = SecretBox.Encrypt([], key);
        Assert.Equal(SecretBox.MacBytes, box.Ciphertext.Length);
        Assert.Empty(SecretBox.Decrypt(box.Ciphertext, box.Nonce, key));
    }

    [Fact]
    public void Wrong_key_fails_authentication()
    {
        var box = SecretBox.Encrypt(Message, CryptoRandom.NewKey());
        AssertFailure(CryptoFailure.AuthenticationFailed, () => SecretBox.Decrypt(box.Ciphertext, box.Nonce, CryptoRandom.NewKey()));
    }

    [Fact]
    public void Wrong_nonce_fails_authentication()
    {
        var key = CryptoRandom.NewKey();
        var box = SecretBox.Encrypt(Message, key);
        AssertFailure(CryptoFailure.AuthenticationFailed, () => SecretBox.Decrypt(box.Ciphertext, CryptoRandom.Bytes(24), key));
    }

    [Fact]
    public void Every_tampered_byte_fails_authentication()
    {
        var key = CryptoRandom.NewKey();
        var box = SecretBox.Encrypt(Message, key);
        for (var i = 0; i < box.Ciphertext.Length; i++)
        {
            var tampered = box.Ciphertext.ToArray();
            tampered[i] ^= 0x04;
            AssertFailure(CryptoFailure.AuthenticationFailed, () => SecretBox.Decrypt(tampered, box.Nonce, key));
        }
    }

    [Fact]
    public void Ciphertext_shorter_than_the_mac_is_truncated()
    {
        var key = CryptoRandom.NewKey();
        var box = SecretBox.Encrypt(Message, key);
        AssertFailure(CryptoFailure.Truncated, () => SecretBox.Decrypt(box.Ciphertext[..15], box.Nonce, key));
        AssertFailure(CryptoFailure.AuthenticationFailed, () => SecretBox.Decrypt(box.Ciphertext[..^1], box.Nonce, key));
    }

    [Theory]
    [InlineData(24, 31)]
    [InlineData(24, 33)]
    [InlineData(23, 32)]
    [InlineData(25, 32)]
    [InlineData(0, 0)]
    public void Wrong_key_or_nonce_length(int nonceLength, int keyLength)
    {
        AssertFailure(CryptoFailure.InvalidLength, () => SecretBox.Encrypt(Message, new byte[nonceLength], new byte[keyLength]));
        AssertFailure(CryptoFailure.InvalidLength, () => SecretBox.Decrypt(new byte[48], new byte[nonceLength], new byte[keyLength]));
        if (nonceLength == 24)
        {
            AssertFailure(CryptoFailure.InvalidLength, () => SecretBox.Encrypt(Message, new byte[keyLength]));
        }
    }

    [Fact]
    public void Failure_messages_carry_no_key_material()
    {
        var key = CryptoRandom.NewKey();
        var box = SecretBox.Encrypt(Message, CryptoRandom.NewKey());
        var error = Assert.Throws<CryptoException>(() => SecretBox.Decrypt(box.Ciphertext, box.Nonce, key));
        Assert.DoesNotContain(Convert.ToBase64String(key), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(key), error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(box.Nonce), error.Message, StringComparison.Ordinal);
    }

    private static void AssertFailure(CryptoFailure expected, Action action) =>
        Assert.Equal(expected, Assert.Throws<CryptoException>(action).Failure);
}
