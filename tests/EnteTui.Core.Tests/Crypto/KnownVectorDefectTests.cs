namespace EnteTui.Core.Tests.Crypto;

/// <summary>
/// Pins a defect of ente-crypto-vectors.json so that it cannot be forgotten: the plaintext
/// generator it describes (keyed BLAKE2b-512 of UTF-8("ente-reference implementation-plaintext")
/// ‖ uint64le(j)) does not give the published <c>plaintextFirst64Hex</c>. Without the real
/// plaintext, the SHA-256 and last-64-byte fields of stream-exact-chunk and stream-multi-chunk,
/// multiChunkHash of blake2b-file-hash and the part hashes of live-photo-hash cannot be
/// reproduced; the vector tests check everything else. When this test fails, the file has been
/// fixed: the vector tests then check every field automatically, and this test should go.
/// </summary>
public class KnownVectorDefectTests
{
    [Fact]
    public void Generator_description_does_not_reproduce_plaintextFirst64Hex()
    {
        var v = CryptoVectors.Get("stream-exact-chunk");

        // Block 0 as Python's hashlib.blake2b(label + (0).to_bytes(8, "little"), key=generatorKey) computes it.
        Assert.Equal(
            "a6116200ac322a197d65f5a2a1f62a4686aedec8a8b0640dc2e4f5558bcd9a45d2833806b4686f0ba6399726aab3c43201ded83c8e068d36c9e50be4d2c65cee",
            Convert.ToHexStringLower(PlaintextGenerator.Generate(v.InHex("generatorKeyHex"), 64)));

        Assert.False(VectorPlaintext.GeneratorReproducesFirst64(v));
        Assert.False(VectorPlaintext.GeneratorReproducesFirst64(CryptoVectors.Get("stream-multi-chunk")));
    }
}
