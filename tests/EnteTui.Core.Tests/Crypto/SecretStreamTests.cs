using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class SecretStreamTests
{
    [Fact]
    public void Chunks_round_trip_with_their_tags()
    {
        var key = CryptoRandom.NewKey();
        using var encryptor = SecretStreamEncryptor.Create(key);
        var first = encryptor.Push("one"u8, final: false);
        var second = encryptor.Push("two"u8, final: true);
        Assert.Equal(20, first.Length);

        using var decryptor = new SecretStreamDecryptor(encryptor.Header, key);
        var (plain1, final1) = decryptor.Pull(first);
        Assert.Equal("one"u8.ToArray(), plain1);
        Assert.False(final1);
        Assert.False(decryptor.IsFinished);
        var (plain2, final2) = decryptor.Pull(second);
        Assert.Equal("two"u8.ToArray(), plain2);
        Assert.True(final2);
        Assert.True(decryptor.IsFinished);
    }

    [Fact]
    public void Pulling_after_final_is_trailing_data()
    {
        var key = CryptoRandom.NewKey();
        using var encryptor = SecretStreamEncryptor.Create(key);
        var last = encryptor.Push("end"u8, final: true);
        using var decryptor = SecretStreamDecryptor.Create(encryptor.Header, key);
        decryptor.Pull(last);
        Assert.Equal(CryptoFailure.TrailingData, Assert.Throws<CryptoException>(() => decryptor.Pull(last)).Failure);
    }

    [Fact]
    public void Pushing_after_final_is_a_programming_error()
    {
        using var encryptor = SecretStreamEncryptor.Create(CryptoRandom.NewKey());
        encryptor.Push("end"u8, final: true);
        Assert.Throws<InvalidOperationException>(() => encryptor.Push("more"u8, final: true));
    }

    [Fact]
    public void A_failed_pull_leaves_the_state_usable_and_yields_nothing()
    {
        var key = CryptoRandom.NewKey();
        using var encryptor = SecretStreamEncryptor.Create(key);
        var chunk = encryptor.Push("payload"u8, final: true);
        using var decryptor = new SecretStreamDecryptor(encryptor.Header, key);
        var tampered = chunk.ToArray();
        tampered[5] ^= 1;
        Assert.Equal(CryptoFailure.AuthenticationFailed, Assert.Throws<CryptoException>(() => decryptor.Pull(tampered)).Failure);
        Assert.Equal(CryptoFailure.Truncated, Assert.Throws<CryptoException>(() => decryptor.Pull(chunk[..16])).Failure);
        Assert.Equal("payload"u8.ToArray(), decryptor.Pull(chunk).Plain);
    }

    [Fact]
    public void Fixed_header_encryptor_matches_the_random_header_one()
    {
        var key = CryptoRandom.NewKey();
        using var random = SecretStreamEncryptor.Create(key);
        using var fixedHeader = SecretStreamEncryptor.CreateWithFixedHeader(key, random.Header);
        Assert.Equal(random.Header, fixedHeader.Header);
        Assert.Equal(random.Push("same"u8, false), fixedHeader.Push("same"u8, false));
        Assert.Equal(random.Push("bytes"u8, true), fixedHeader.Push("bytes"u8, true));
    }

    [Fact]
    public void Disposed_streams_refuse_work()
    {
        var key = CryptoRandom.NewKey();
        var encryptor = SecretStreamEncryptor.Create(key);
        var decryptor = new SecretStreamDecryptor(encryptor.Header, key);
        encryptor.Dispose();
        decryptor.Dispose();
        Assert.Throws<ObjectDisposedException>(() => encryptor.Push("x"u8, true));
        Assert.Throws<ObjectDisposedException>(() => decryptor.Pull(new byte[20]));
    }

    [Theory]
    [InlineData(23, 32)]
    [InlineData(24, 31)]
    public void Wrong_header_or_key_length(int headerLength, int keyLength)
    {
        Assert.Equal(CryptoFailure.InvalidLength, Assert.Throws<CryptoException>(() => new SecretStreamDecryptor(new byte[headerLength], new byte[keyLength])).Failure);
        Assert.Equal(CryptoFailure.InvalidLength, Assert.Throws<CryptoException>(() => SecretStreamEncryptor.CreateWithFixedHeader(new byte[keyLength], new byte[headerLength])).Failure);
    }
}
