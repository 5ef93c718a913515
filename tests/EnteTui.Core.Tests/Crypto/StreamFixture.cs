using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

/// <summary>Builds encrypted file streams for the FileCipher tests.</summary>
public static class StreamFixture
{
    public const int Chunk = FileCipher.PlainChunkSize;
    public const int CipherChunk = FileCipher.CipherChunkSize;

    public static byte[] Plain(int length, int seed = 1)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static async Task<(byte[] Ciphertext, byte[] Header)> EncryptAsync(byte[] plain, byte[] key)
    {
        var output = new MemoryStream();
        var header = await FileCipher.EncryptAsync(new MemoryStream(plain), output, key);
        return (output.ToArray(), header);
    }

    /// <summary>Pushes the given plaintext chunks with the given FINAL flags, for malformed streams.</summary>
    public static (byte[] Ciphertext, byte[] Header) Push(byte[] key, params (byte[] Plain, bool Final)[] chunks)
    {
        using var encryptor = SecretStreamEncryptor.Create(key);
        var output = new MemoryStream();
        foreach (var (plain, final) in chunks)
        {
            output.Write(encryptor.Push(plain, final));
        }

        return (output.ToArray(), encryptor.Header);
    }

    /// <summary>Runs DecryptAsync expecting a CryptoException; returns it and the bytes written before it.</summary>
    public static async Task<(CryptoException Error, byte[] Written)> DecryptFailureAsync(byte[] ciphertext, byte[] header, byte[] key)
    {
        var output = new MemoryStream();
        var error = await Assert.ThrowsAsync<CryptoException>(() => FileCipher.DecryptAsync(new MemoryStream(ciphertext), output, header, key));
        return (error, output.ToArray());
    }
}
