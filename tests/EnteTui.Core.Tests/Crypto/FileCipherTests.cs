using System.Security.Cryptography;

using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class FileCipherTests
{
    private const int Chunk = StreamFixture.Chunk;
    private const int CipherChunk = StreamFixture.CipherChunk;

    [Fact]
    public void Chunk_sizes_are_the_ente_ones()
    {
        Assert.Equal(4_194_304, FileCipher.PlainChunkSize);
        Assert.Equal(4_194_321, FileCipher.CipherChunkSize);
    }

    [Theory]
    [InlineData(0, 17)]
    [InlineData(1, 18)]
    [InlineData(100, 117)]
    [InlineData(Chunk - 1, CipherChunk - 1)]
    [InlineData(Chunk, CipherChunk)]
    [InlineData(Chunk + 1, CipherChunk + 18)]
    [InlineData((2 * Chunk) + 1234, (2 * CipherChunk) + 1251)]
    [InlineData(3 * Chunk, 3 * CipherChunk)]
    public void Length_conversions(long plain, long cipher)
    {
        Assert.Equal(cipher, FileCipher.CiphertextLength(plain));
        Assert.Equal(plain, FileCipher.PlaintextLength(cipher));
    }

    [Fact]
    public void Large_lengths_do_not_overflow()
    {
        const long FiftyGiB = 50L * 1024 * 1024 * 1024;
        Assert.Equal(FiftyGiB + (12800 * 17), FileCipher.CiphertextLength(FiftyGiB));
        Assert.Equal(FiftyGiB, FileCipher.PlaintextLength(FileCipher.CiphertextLength(FiftyGiB)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(CipherChunk + 16)]
    public void Impossible_ciphertext_lengths_are_rejected(long cipher)
    {
        Assert.Equal(CryptoFailure.InvalidLength, Assert.Throws<CryptoException>(() => FileCipher.PlaintextLength(cipher)).Failure);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData(Chunk + 1)]
    public async Task Round_trip_around_the_chunk_boundary(int length)
    {
        var key = CryptoRandom.NewKey();
        var plain = StreamFixture.Plain(length);
        var (ciphertext, header) = await StreamFixture.EncryptAsync(plain, key);
        Assert.Equal(FileCipher.HeaderBytes, header.Length);
        Assert.Equal(FileCipher.CiphertextLength(length), ciphertext.Length);

        var output = new MemoryStream();
        Assert.Equal(length, await FileCipher.DecryptAsync(new MemoryStream(ciphertext), output, header, key));
        Assert.Equal(plain, output.ToArray());
    }

    [Fact]
    public async Task Multi_chunk_round_trip_through_streams_that_return_few_bytes_per_read()
    {
        var key = CryptoRandom.NewKey();
        var plain = StreamFixture.Plain((2 * Chunk) + 4321);
        var ciphertext = new MemoryStream();
        var header = await FileCipher.EncryptAsync(new TrickleStream(new MemoryStream(plain), 3000), ciphertext, key);
        Assert.Equal(FileCipher.CiphertextLength(plain.Length), ciphertext.Length);

        var output = new MemoryStream();
        var written = await FileCipher.DecryptAsync(new TrickleStream(new MemoryStream(ciphertext.ToArray()), 3000), output, header, key);
        Assert.Equal(plain.Length, written);
        Assert.Equal(plain, output.ToArray());
    }

    [Fact]
    public async Task Twelve_MiB_stream_round_trips_and_ends_with_a_full_final_chunk()
    {
        var key = CryptoRandom.NewKey();
        var plain = StreamFixture.Plain(12 * 1024 * 1024, seed: 12);
        var (ciphertext, header) = await StreamFixture.EncryptAsync(plain, key);
        Assert.Equal(3 * CipherChunk, ciphertext.Length);

        using (var decryptor = new SecretStreamDecryptor(header, key))
        {
            Assert.False(decryptor.Pull(ciphertext.AsSpan(0, CipherChunk)).IsFinal);
            Assert.False(decryptor.Pull(ciphertext.AsSpan(CipherChunk, CipherChunk)).IsFinal);
            Assert.True(decryptor.Pull(ciphertext.AsSpan(2 * CipherChunk, CipherChunk)).IsFinal);
        }

        var output = new MemoryStream();
        Assert.Equal(plain.Length, await FileCipher.DecryptAsync(new MemoryStream(ciphertext), output, header, key));
        Assert.Equal(SHA256.HashData(plain), SHA256.HashData(output.ToArray()));
    }

    [Fact]
    public async Task Each_encryption_uses_a_fresh_header()
    {
        var key = CryptoRandom.NewKey();
        var (first, firstHeader) = await StreamFixture.EncryptAsync([1, 2, 3], key);
        var (second, secondHeader) = await StreamFixture.EncryptAsync([1, 2, 3], key);
        Assert.NotEqual(firstHeader, secondHeader);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            FileCipher.EncryptAsync(new MemoryStream(new byte[10]), new MemoryStream(), CryptoRandom.NewKey(), cancelled.Token));
    }
}
