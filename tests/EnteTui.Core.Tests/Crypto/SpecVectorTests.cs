using System.Text;

using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

/// <summary>The verified values of spec §2.4 and §3.8 (the Argon2id ones are in <see cref="Argon2VectorTests"/>).</summary>
public class SpecVectorTests
{
    [Fact]
    public void Spec_2_4_kdf_of_counting_key()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        Assert.Equal(
            "6970B5D34442FD11788A83B4B57E1E7224D625C38E2B0374CB2217AA6F8D91E1",
            Convert.ToHexString(KeyDerivation.DeriveSubKey(key, 1, "loginctx", 32)));
    }

    [Fact]
    public void Spec_3_8_secretstream_blob()
    {
        var key = Convert.FromBase64String("vp8d8Nee0BbIML4ab8Cp34uYnyrN77cRwTl920flyT0=");
        var header = Convert.FromBase64String("v7wsI+BFZsRMIjDm3rTxPhmi/CaUdkdJ");
        var ciphertext = Convert.FromBase64String("kBXQ2PuX6y/aje5r22H0AehRPh6sQ0ULoeAO");

        Assert.Equal("plain_text", Encoding.UTF8.GetString(Blob.Decrypt(ciphertext, header, key)));
        using var decryptor = new SecretStreamDecryptor(header, key);
        Assert.True(decryptor.Pull(ciphertext).IsFinal);
        Assert.Equal(ciphertext, Blob.EncryptWithFixedHeader("plain_text"u8, header, key));
    }

    [Fact]
    public void Spec_3_8_secretbox_open()
    {
        var plain = SecretBox.Decrypt(
            Convert.FromBase64String("KHwRN+RzvTu+jC7mCdkMsqnTPSLvevtZILmcR2OYFbIRPqDyjAl+m8KxD9B5fiEo"),
            Convert.FromBase64String("jgfPDOsQh2VdIHWJVSBicMPF2sQW3HIY"),
            Convert.FromBase64String("kercNpvGufMTTHmDwAhz26DgCAvznd1+/buBqKEkWr4="));
        Assert.Equal("O1ObUBMv+SCE1qWHD7+WViEIZcAeTp18Y+m9eMlDE1Y=", Convert.ToBase64String(plain));
    }

    [Fact]
    public void Spec_3_8_secretbox_encrypt()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var nonce = Enumerable.Range(0, 24).Select(i => (byte)i).ToArray();
        Assert.Equal("ZpgnWzjsuN8UVQnZoJsCEDaaVCOo", Convert.ToBase64String(SecretBox.Encrypt("hello"u8, nonce, key)));
    }
}
