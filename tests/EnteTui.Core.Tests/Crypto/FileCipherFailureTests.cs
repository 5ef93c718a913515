using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

/// <summary>Every malformed stream is a typed CryptoException, and no unauthenticated plaintext is written.</summary>
public class FileCipherFailureTests
{
    private const int Chunk = StreamFixture.Chunk;
    private const int CipherChunk = StreamFixture.CipherChunk;

    [Fact]
    public async Task Wrong_key_writes_nothing()
    {
        var (ciphertext, header) = await StreamFixture.EncryptAsync(StreamFixture.Plain(1000), CryptoRandom.NewKey());
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext, header, CryptoRandom.NewKey());
        Assert.Equal(CryptoFailure.AuthenticationFailed, error.Failure);
        Assert.Empty(written);
    }

    [Fact]
    public async Task Wrong_header_writes_nothing()
    {
        var key = CryptoRandom.NewKey();
        var (ciphertext, _) = await StreamFixture.EncryptAsync(StreamFixture.Plain(1000), key);
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext, CryptoRandom.Bytes(24), key);
        Assert.Equal(CryptoFailure.AuthenticationFailed, error.Failure);
        Assert.Empty(written);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(CipherChunk - 1)]
    public async Task Tampering_with_the_first_chunk_writes_nothing(int position)
    {
        var key = CryptoRandom.NewKey();
        var (ciphertext, header) = await StreamFixture.EncryptAsync(StreamFixture.Plain((2 * Chunk) + 10), key);
        ciphertext[position] ^= 0x01;
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext, header, key);
        Assert.Equal(CryptoFailure.AuthenticationFailed, error.Failure);
        Assert.Empty(written);
    }

    [Fact]
    public async Task Tampering_with_a_later_chunk_writes_only_the_authenticated_chunks_before_it()
    {
        var key = CryptoRandom.NewKey();
        var plain = StreamFixture.Plain((2 * Chunk) + 10);
        var (ciphertext, header) = await StreamFixture.EncryptAsync(plain, key);
        ciphertext[CipherChunk + 12345] ^= 0x80;
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext, header, key);
        Assert.Equal(CryptoFailure.AuthenticationFailed, error.Failure);
        Assert.Equal(plain[..Chunk], written);
    }

    [Fact]
    public async Task Tampering_with_the_short_final_chunk_is_detected()
    {
        var key = CryptoRandom.NewKey();
        var (ciphertext, header) = await StreamFixture.EncryptAsync(StreamFixture.Plain(100), key);
        ciphertext[^1] ^= 0x01;
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext, header, key);
        Assert.Equal(CryptoFailure.AuthenticationFailed, error.Failure);
        Assert.Empty(written);
    }

    [Fact]
    public async Task Reordered_or_dropped_chunks_fail_authentication()
    {
        var key = CryptoRandom.NewKey();
        var (ciphertext, header) = await StreamFixture.EncryptAsync(StreamFixture.Plain((2 * Chunk) + 10), key);
        byte[] swapped = [.. ciphertext.AsSpan(CipherChunk, CipherChunk), .. ciphertext.AsSpan(0, CipherChunk), .. ciphertext.AsSpan(2 * CipherChunk)];
        byte[] dropped = [.. ciphertext.AsSpan(0, CipherChunk), .. ciphertext.AsSpan(2 * CipherChunk)];

        Assert.Equal(CryptoFailure.AuthenticationFailed, (await StreamFixture.DecryptFailureAsync(swapped, header, key)).Error.Failure);
        var (error, written) = await StreamFixture.DecryptFailureAsync(dropped, header, key);
        Assert.Equal(CryptoFailure.AuthenticationFailed, error.Failure);
        Assert.Equal(Chunk, written.Length);
    }

    [Fact]
    public async Task Truncated_at_a_chunk_boundary()
    {
        var key = CryptoRandom.NewKey();
        var plain = StreamFixture.Plain((2 * Chunk) + 10);
        var (ciphertext, header) = await StreamFixture.EncryptAsync(plain, key);
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext[..(2 * CipherChunk)], header, key);
        Assert.Equal(CryptoFailure.Truncated, error.Failure);
        Assert.Equal(plain[..(2 * Chunk)], written);
    }

    [Fact]
    public async Task Truncated_mid_chunk_inside_the_tag_and_mac_overhead()
    {
        var key = CryptoRandom.NewKey();
        var (ciphertext, header) = await StreamFixture.EncryptAsync(StreamFixture.Plain(Chunk + 10), key);
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext[..(CipherChunk + 10)], header, key);
        Assert.Equal(CryptoFailure.Truncated, error.Failure);
        Assert.Equal(Chunk, written.Length);
    }

    [Fact]
    public async Task Truncated_mid_chunk_body_cannot_be_told_from_tampering()
    {
        // The cut chunk is shorter than it was, so its MAC no longer verifies; nothing of it is written.
        var key = CryptoRandom.NewKey();
        var plain = StreamFixture.Plain((2 * Chunk) + 10);
        var (ciphertext, header) = await StreamFixture.EncryptAsync(plain, key);
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext[..(CipherChunk + 1_000_000)], header, key);
        Assert.Equal(CryptoFailure.AuthenticationFailed, error.Failure);
        Assert.Equal(plain[..Chunk], written);
    }

    [Fact]
    public async Task Empty_ciphertext_is_truncated()
    {
        var (error, written) = await StreamFixture.DecryptFailureAsync([], CryptoRandom.Bytes(24), CryptoRandom.NewKey());
        Assert.Equal(CryptoFailure.Truncated, error.Failure);
        Assert.Empty(written);
    }

    [Fact]
    public async Task Missing_final_tag_on_a_short_last_chunk()
    {
        var key = CryptoRandom.NewKey();
        var first = StreamFixture.Plain(Chunk, seed: 2);
        var (ciphertext, header) = StreamFixture.Push(key, (first, false), (StreamFixture.Plain(500, seed: 3), false));
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext, header, key);
        Assert.Equal(CryptoFailure.MissingFinalTag, error.Failure);
        Assert.Equal(first, written);
    }

    [Fact]
    public async Task Missing_final_tag_on_a_single_chunk()
    {
        var key = CryptoRandom.NewKey();
        var (ciphertext, header) = StreamFixture.Push(key, (StreamFixture.Plain(100), false));
        var (error, written) = await StreamFixture.DecryptFailureAsync(ciphertext, header, key);
        Assert.Equal(CryptoFailure.MissingFinalTag, error.Failure);
        Assert.Empty(written);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(CipherChunk)]
    public async Task Trailing_bytes_after_a_full_final_chunk(int extra)
    {
        var key = CryptoRandom.NewKey();
        var plain = StreamFixture.Plain(Chunk);
        var (ciphertext, header) = await StreamFixture.EncryptAsync(plain, key);
        var (error, _) = await StreamFixture.DecryptFailureAsync([.. ciphertext, .. new byte[extra]], header, key);
        Assert.Equal(CryptoFailure.TrailingData, error.Failure);
    }

    [Fact]
    public async Task Trailing_bytes_after_a_short_final_chunk_break_its_mac()
    {
        // After a short FINAL chunk the extra bytes arrive in the same exact-size read.
        var key = CryptoRandom.NewKey();
        var (ciphertext, header) = await StreamFixture.EncryptAsync(StreamFixture.Plain(100), key);
        var (error, written) = await StreamFixture.DecryptFailureAsync([.. ciphertext, 0, 0, 0], header, key);
        Assert.Equal(CryptoFailure.AuthenticationFailed, error.Failure);
        Assert.Empty(written);
    }

    [Fact]
    public async Task A_complete_stream_followed_by_another_one_is_trailing_data()
    {
        var key = CryptoRandom.NewKey();
        var (ciphertext, header) = StreamFixture.Push(key, (StreamFixture.Plain(Chunk), true));
        var (error, _) = await StreamFixture.DecryptFailureAsync([.. ciphertext, .. ciphertext], header, key);
        Assert.Equal(CryptoFailure.TrailingData, error.Failure);
    }

    [Theory]
    [InlineData(23, 32)]
    [InlineData(25, 32)]
    [InlineData(24, 31)]
    [InlineData(24, 33)]
    [InlineData(0, 0)]
    public async Task Wrong_header_or_key_length(int headerLength, int keyLength)
    {
        var error = await Assert.ThrowsAsync<CryptoException>(() =>
            FileCipher.DecryptAsync(new MemoryStream(new byte[100]), new MemoryStream(), new byte[headerLength], new byte[keyLength]));
        Assert.Equal(CryptoFailure.InvalidLength, error.Failure);
        if (headerLength == 24)
        {
            var encryptError = await Assert.ThrowsAsync<CryptoException>(() =>
                FileCipher.EncryptAsync(new MemoryStream(new byte[100]), new MemoryStream(), new byte[keyLength]));
            Assert.Equal(CryptoFailure.InvalidLength, encryptError.Failure);
        }
    }
}
