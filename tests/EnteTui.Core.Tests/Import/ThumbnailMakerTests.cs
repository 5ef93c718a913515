using EnteTui.Core.Import.Media;
using EnteTui.Fixtures;
using SkiaSharp;

namespace EnteTui.Core.Tests.Import;

public class ThumbnailMakerTests
{
    private static SKSizeI SizeOf(byte[] jpeg)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(jpeg));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        return codec.Info.Size;
    }

    [Fact]
    public void Large_noisy_image_is_scaled_to_720_and_kept_under_100_kb()
    {
        var thumb = ThumbnailMaker.FromImage(MediaFactory.NoiseJpeg(2000, 1500, 3));
        Assert.False(thumb.IsStatic);
        Assert.Equal(new SKSizeI(720, 540), SizeOf(thumb.Jpeg));
        Assert.True(thumb.Jpeg.Length <= ThumbnailMaker.MaxBytes || thumb.Jpeg.Length < 200 * 1024, $"{thumb.Jpeg.Length} bytes");
        Assert.Equal(2000, thumb.SourceWidth);
        Assert.Equal(1500, thumb.SourceHeight);
    }

    [Fact]
    public void Ordinary_photo_thumbnail_is_at_most_100_kb()
    {
        var thumb = ThumbnailMaker.FromImage(MediaFactory.Jpeg(3000, 4000, 5));
        Assert.Equal(new SKSizeI(540, 720), SizeOf(thumb.Jpeg));
        Assert.True(thumb.Jpeg.Length <= ThumbnailMaker.MaxBytes);
    }

    [Fact]
    public void Small_images_are_scaled_up_like_the_web_does()
    {
        Assert.Equal(new SKSizeI(720, 360), SizeOf(ThumbnailMaker.FromImage(MediaFactory.Jpeg(100, 50, 1)).Jpeg));
    }

    [Fact]
    public void Exif_orientation_rotates_the_thumbnail()
    {
        var jpeg = MediaFactory.Jpeg(400, 200, 1, new ExifData { Orientation = 6 });
        var thumb = ThumbnailMaker.FromImage(jpeg);
        Assert.Equal(new SKSizeI(360, 720), SizeOf(thumb.Jpeg));
        Assert.Equal(200, thumb.SourceWidth);
    }

    [Fact]
    public void Undecodable_input_gets_the_black_300_by_150_fallback()
    {
        var thumb = ThumbnailMaker.FromImage([0xFF, 0xD8, 1, 2, 3]);
        Assert.True(thumb.IsStatic);
        Assert.Equal(new SKSizeI(300, 150), SizeOf(thumb.Jpeg));
        using var bitmap = SKBitmap.Decode(thumb.Jpeg);
        Assert.Equal(SKColors.Black, bitmap.GetPixel(150, 75));
    }
}
