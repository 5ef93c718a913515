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

        Assert.Equal("the plaintext of stream-multi-chunk", v.In("stream_multi_chunk_plaintext"));
        var plaintext = VectorPlaintext.For(CryptoVectors.Get("stream-multi-chunk"));
        var expected = ContentHash.Compute(plaintext);
        Assert.Equal(v.Out("multiChunkHash"), expected);
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

        Assert.Contains($"UTF-8(\"{PlaintextGenerator.LabelText}\")", v.In("plaintextGenerator"));
        Assert.Equal(imageHash, ContentHash.Compute(PlaintextGenerator.Generate(v.InHex("imageGeneratorKeyHex"), v.InLong("imageLength"))));
        Assert.Equal(videoHash, ContentHash.Compute(PlaintextGenerator.Generate(v.InHex("videoGeneratorKeyHex"), v.InLong("videoLength"))));
    }

    [Fact]
    public void Spec_3_8_blake2b_of_abc()
    {
        Assert.Equal(
            "uoClP5gcTQ1qJ5e2nxL26UwhLxRoWsS3SxK7b9v/otF9h8U5Kqt5LcJS1d5FM8yVGNOKqNvxklq5I4bt1ACZIw==",
            ContentHash.Compute("abc"u8));
    }
}
