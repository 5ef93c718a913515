using EnteTui.Core.Crypto;
using EnteTui.Core.Import.Planning;
using EnteTui.Core.Import.Upload;
using EnteTui.Core.Tests.Media;
using EnteTui.Fixtures;

namespace EnteTui.Core.Tests.Import;

public sealed class ContentLoaderTests
{
    private static async Task<(LoadedBytes Loaded, MemorySource Source)> LoadAsync(string name, byte[] bytes, bool thumbnail)
    {
        Assert.True(bytes.Length > ContentLoader.RereadableInMemoryLimit, "the file must be too large to be kept in memory");
        var source = new MemorySource(new Dictionary<string, byte[]> { [name] = bytes });
        var loader = new ContentLoader(source, new PartGates(source));
        var media = new ImportMedia { Path = name, Size = bytes.Length };
        return (await loader.LoadAsync(media, forceBuffer: false, thumbnail, CancellationToken.None), source);
    }

    [Fact]
    public async Task A_streamed_jpeg_is_hashed_and_thumbnailed_in_one_read()
    {
        var jpeg = MediaFactory.NoiseJpeg(3200, 2400, 7);

        var (loaded, source) = await LoadAsync("big.jpg", jpeg, thumbnail: true);

        Assert.Equal(1, source.Opens);
        Assert.Null(loaded.Bytes);
        Assert.Equal(ContentHash.Compute(jpeg), loaded.Hash);
        Assert.Equal(jpeg.AsSpan(0, ContentLoader.HeadBytes).ToArray(), loaded.Head);
        Assert.NotNull(loaded.Thumbnail);
        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(loaded.Thumbnail));
        Assert.Equal((3200, 2400), (loaded.Thumbnail.SourceWidth, loaded.Thumbnail.SourceHeight));
        Assert.True(ThumbnailChecks.Difference(loaded.Thumbnail.Jpeg, jpeg) < 8, "the thumbnail is not the photo");
    }

    [Fact]
    public async Task Bytes_that_are_no_jpeg_are_still_hashed_whole_and_get_no_thumbnail_from_the_hash_read()
    {
        var noise = new byte[5 << 20];
        new Random(3).NextBytes(noise);

        var (loaded, _) = await LoadAsync("not-really.jpg", noise, thumbnail: true);

        Assert.Null(loaded.Thumbnail);
        Assert.True(loaded.SkiaTried, "the thumbnail's second read would try SkiaSharp again");
        Assert.Equal(ContentHash.Compute(noise), loaded.Hash);
    }

    [Fact]
    public async Task Without_the_thumbnail_request_the_read_only_hashes()
    {
        var jpeg = MediaFactory.NoiseJpeg(3200, 2400, 8);

        var (loaded, _) = await LoadAsync("big.jpg", jpeg, thumbnail: false);

        Assert.Null(loaded.Thumbnail);
        Assert.False(loaded.SkiaTried, "the thumbnail's second read would skip SkiaSharp");
        Assert.Equal(ContentHash.Compute(jpeg), loaded.Hash);
    }
}
