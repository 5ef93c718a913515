using System.Security.Cryptography;

using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class StreamVectorTests
{
    [Theory]
    [CoversVector("stream-tiny")]
    [CoversVector("stream-empty")]
    [CoversVector("stream-exact-chunk")]
    [CoversVector("stream-multi-chunk")]
    [InlineData("stream-tiny")]
    [InlineData("stream-empty")]
    [InlineData("stream-exact-chunk")]
    [InlineData("stream-multi-chunk")]
    public async Task File_stream_matches_the_vector(string id)
    {
        var v = CryptoVectors.Get(id);
        var key = v.InHex("fileKeyHex");
        var header = v.InB64("decryptionHeader");
        var plaintext = VectorPlaintext.For(v);
        Assert.Equal(v.InLong("plaintextLength"), plaintext.Length);
        Assert.Equal(v.InHex("plaintextSha256"), SHA256.HashData(plaintext));
        if (v.HasIn("plaintextGenerator"))
        {
            Assert.Contains($"UTF-8(\"{PlaintextGenerator.LabelText}\")", v.In("plaintextGenerator"));
            Assert.Equal(v.InHex("plaintextFirst64Hex"), plaintext[..64]);
        }

        var ciphertext = new MemoryStream();
        using (var encryptor = SecretStreamEncryptor.CreateWithFixedHeader(key, header))
        {
            Assert.Equal(plaintext.Length, await FileCipher.EncryptAsync(new MemoryStream(plaintext), ciphertext, encryptor));
        }

        var bytes = ciphertext.ToArray();
        Assert.Equal(v.OutLong("ciphertextLength"), bytes.Length);
        Assert.Equal(bytes.Length, FileCipher.CiphertextLength(plaintext.Length));
        Assert.Equal(plaintext.Length, FileCipher.PlaintextLength(bytes.Length));
        Assert.Equal(v.OutHex("ciphertextSha256"), SHA256.HashData(bytes));

        if (v.HasOut("ciphertextHex"))
        {
            Assert.Equal(v.OutHex("ciphertextHex"), bytes);
        }

        if (v.HasOut("ciphertextFirst64Hex"))
        {
            Assert.Equal(v.OutHex("ciphertextFirst64Hex"), bytes[..64]);
            Assert.Equal(v.OutHex("ciphertextLast64Hex"), bytes[^64..]);
        }

        AssertChunkLayout(v, bytes, header, key);

        var decrypted = new MemoryStream();
        Assert.Equal(plaintext.Length, await FileCipher.DecryptAsync(new MemoryStream(bytes), decrypted, header, key));
        Assert.Equal(plaintext, decrypted.ToArray());
    }

    /// <summary>Chunk lengths as the vector lists them, every chunk MESSAGE except the last, which is FINAL.</summary>
    private static void AssertChunkLayout(CryptoVector v, byte[] ciphertext, byte[] header, byte[] key)
    {
        var expected = v.Output.GetProperty("ciphertextChunkLengths").EnumerateArray().Select(e => e.GetInt32()).ToList();
        using var decryptor = new SecretStreamDecryptor(header, key);
        var offset = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i] <= FileCipher.CipherChunkSize);
            var (_, isFinal) = decryptor.Pull(ciphertext.AsSpan(offset, expected[i]));
            Assert.Equal(i == expected.Count - 1, isFinal);
            offset += expected[i];
        }

        Assert.Equal(ciphertext.Length, offset);
    }
}
