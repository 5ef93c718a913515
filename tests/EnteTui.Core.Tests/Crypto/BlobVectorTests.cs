using System.Text;
using System.Text.Json;

using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class BlobVectorTests
{
    [Fact]
    [CoversVector("metadata-blob")]
    public void File_metadata_blob()
    {
        var v = CryptoVectors.Get("metadata-blob");
        var key = v.InHex("fileKeyHex");
        var header = v.InB64("decryptionHeader");
        var json = v.In("json");

        var ciphertext = Blob.EncryptWithFixedHeader(Encoding.UTF8.GetBytes(json), header, key);
        Assert.Equal(v.Out("encryptedData"), EnteBase64.Encode(ciphertext));
        Assert.Equal(json, Encoding.UTF8.GetString(Blob.Decrypt(v.OutB64("encryptedData"), header, key)));

        using var decryptor = new SecretStreamDecryptor(header, key);
        var (_, isFinal) = decryptor.Pull(ciphertext);
        Assert.Equal(3, v.OutLong("tag"));
        Assert.True(isFinal);
    }

    [Fact]
    [CoversVector("magic-metadata-blob")]
    public void Public_magic_metadata_envelope()
    {
        var v = CryptoVectors.Get("magic-metadata-blob");
        var key = v.InHex("fileKeyHex");
        var header = v.InB64("header");
        var json = v.In("json");
        var envelope = v.Output.GetProperty("envelope");

        var ciphertext = Blob.EncryptWithFixedHeader(Encoding.UTF8.GetBytes(json), header, key);
        Assert.Equal(envelope.GetProperty("data").GetString(), EnteBase64.Encode(ciphertext));
        Assert.Equal(envelope.GetProperty("header").GetString(), EnteBase64.Encode(header));
        Assert.Equal(1, envelope.GetProperty("version").GetInt32());

        var decrypted = Blob.Decrypt(EnteBase64.Decode(envelope.GetProperty("data").GetString()!), header, key);
        Assert.Equal(json, Encoding.UTF8.GetString(decrypted));
        using var document = JsonDocument.Parse(decrypted);
        var nonNullKeys = document.RootElement.EnumerateObject().Count(p => p.Value.ValueKind != JsonValueKind.Null);
        Assert.Equal(envelope.GetProperty("count").GetInt32(), nonNullKeys);
    }
}
