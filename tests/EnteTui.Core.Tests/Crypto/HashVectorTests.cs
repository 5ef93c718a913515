using System.Text;

using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Crypto;

public class HashVectorTests
{
    [Fact]
    [CoversVector("blake2b-file-hash")]
    public async Task File_hashes_whole_chunked_and_incremental()
    {
        var v = CryptoVectors.Get("blake2b-file-hash");
        Assert.Equal(v.Out("tinyHash"), ContentHash.Compute(v.InHex("tinyHex")));
        Assert.Equal(v.Out("abcHash"), ContentHash.Compute(Encoding.UTF8.GetBytes(v.In("abc"))));

        var (plaintext, isExact) = VectorPlaintext.For(CryptoVectors.Get("stream-multi-chunk"));
        var expected = ContentHash.Compute(plaintext);
        if (isExact)
        {
            Assert.Equal(v.Out("multiChunkHash"), expected);
        }

        Assert.Equal(64, Convert.FromBase64String(v.Out("multiChunkHash")).Length);
        Assert.Equal(expected, await ContentHash.ComputeAsync(new MemoryStream(plaintext)));
        Assert.Equal(expected, await ContentHash.ComputeAsync(new TrickleStream(new MemoryStream(plaintext), 777_777)));

        using var hasher = new ContentHasher();
        for (var offset = 0; offset < plaintext.Length; offset += 1_000_003)
        {
            hasher.Append(plaintext.AsSpan(offset, Math.Min(1_000_003, plaintext.Length - offset)));
        }

        Assert.Equal(expected, hasher.FinishBase64());
    }

    [Fact]
    [CoversVector("live-photo-hash")]
    public void Live_photo_hash_joins_the_two_part_hashes()
    {
        var v = CryptoVectors.Get("live-photo-hash");
        var imageHash = v.Out("imageHash");
        var videoHash = v.Out("videoHash");
        Assert.Equal(v.Out("hash"), ContentHash.LivePhoto(imageHash, videoHash));
        Assert.Equal(64, Convert.FromBase64String(imageHash).Length);
        Assert.Equal(64, Convert.FromBase64String(videoHash).Length);

        // The parts come from the same generator as the streams (see KnownVectorDefectTests).
        var stream = CryptoVectors.Get("stream-exact-chunk");
        Assert.Equal(stream.In("generatorKeyHex"), v.In("imageGeneratorKeyHex"));
        if (VectorPlaintext.GeneratorReproducesFirst64(stream))
        {
            Assert.Equal(imageHash, ContentHash.Compute(PlaintextGenerator.Generate(v.InHex("imageGeneratorKeyHex"), v.InLong("imageLength"))));
            Assert.Equal(videoHash, ContentHash.Compute(PlaintextGenerator.Generate(v.InHex("videoGeneratorKeyHex"), v.InLong("videoLength"))));
        }
    }

    [Fact]
    public void Spec_3_8_blake2b_of_abc()
    {
        Assert.Equal(
            "uoClP5gcTQ1qJ5e2nxL26UwhLxRoWsS3SxK7b9v/otF9h8U5Kqt5LcJS1d5FM8yVGNOKqNvxklq5I4bt1ACZIw==",
            ContentHash.Compute("abc"u8));
    }
}
