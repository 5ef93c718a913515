using EnteTui.Core.Import.Media;
using EnteTui.Core.Media;
using EnteTui.Fixtures;
using ImageMagick;
using SkiaSharp;

namespace EnteTui.Core.Tests.Media;

public class ImageThumbnailTests
{
    private static byte[] Picture(MagickFormat format, uint width = 1600, uint height = 1200)
    {
        using var image = new MagickImage("plasma:red-blue", width, height);
        image.Format = format;
        return image.ToByteArray();
    }

    [Theory]
    [InlineData(MagickFormat.Jpeg, "photo.jpg")]
    [InlineData(MagickFormat.Png, "photo.png")]
    [InlineData(MagickFormat.WebP, "photo.webp")]
    [InlineData(MagickFormat.Gif, "photo.gif")]
    [InlineData(MagickFormat.Bmp, "photo.bmp")]
    [InlineData(MagickFormat.Tiff, "photo.tiff")]
    [InlineData(MagickFormat.Avif, "photo.avif")]
    public void Every_picture_format_gets_a_real_thumbnail_with_its_size(MagickFormat format, string name)
    {
        var thumbnail = Thumbnailer.FromImage(Picture(format), name);

        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.Equal((1600, 1200), (thumbnail.SourceWidth, thumbnail.SourceHeight));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(100)]
    public async Task A_streamed_picture_that_is_no_jpeg_is_read_whole_whatever_size_is_listed(int listedOff)
    {
        var png = Picture(MagickFormat.Png);
        var source = new CountingOpens(png);

        var thumbnail = await Thumbnailer.FromImageStreamAsync(source.OpenAsync, png.AsMemory(0, 64), png.Length + listedOff, "photo.png", skiaTried: false, CancellationToken.None);

        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.Equal((1600, 1200), (thumbnail.SourceWidth, thumbnail.SourceHeight));
        Assert.Equal(1, source.Opens);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_streamed_jpeg_is_read_once_by_skia_or_when_skia_failed_while_hashing_once_whole_for_magick(bool skiaTried)
    {
        var jpeg = MediaFactory.NoiseJpeg(1600, 1200, 5);
        var source = new CountingOpens(jpeg);

        var thumbnail = await Thumbnailer.FromImageStreamAsync(source.OpenAsync, jpeg.AsMemory(0, 64), jpeg.Length, "photo.jpg", skiaTried, CancellationToken.None);

        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.Equal((1600, 1200), (thumbnail.SourceWidth, thumbnail.SourceHeight));
        Assert.True(ThumbnailChecks.Difference(thumbnail.Jpeg, jpeg) < 8, "the thumbnail is not the photo");
        Assert.Equal(1, source.Opens);
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 1)]
    public async Task A_streamed_jpeg_no_decoder_reads_is_read_at_most_once_more_and_gets_the_fallback(bool skiaTried, int opens)
    {
        byte[] broken = [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[4096]];
        var source = new CountingOpens(broken);

        var thumbnail = await Thumbnailer.FromImageStreamAsync(source.OpenAsync, broken.AsMemory(0, 64), broken.Length, "photo.jpg", skiaTried, CancellationToken.None);

        Assert.Equal(Thumbnailer.FallbackJpeg, thumbnail.Jpeg);
        Assert.Equal(opens, source.Opens);
    }

    [Fact]
    public void Heic_from_an_iphone_style_file_gets_a_real_thumbnail()
    {
        var heic = MediaFactory.Heic();
        Assert.Equal(MediaFormat.Heic, MediaSniffer.FormatOf(heic));

        var thumbnail = Thumbnailer.FromImage(heic, "IMG_0001.HEIC");

        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.Equal((320, 240), (thumbnail.SourceWidth, thumbnail.SourceHeight));
    }

    [Fact]
    public void Bytes_decide_not_names_a_jpeg_named_heic_is_read_as_jpeg()
    {
        var jpeg = Picture(MagickFormat.Jpeg, 800, 600);

        var thumbnail = Thumbnailer.FromImage(jpeg, "IMG_0002.HEIC");

        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.Equal(EnteFileType.Image, MediaKinds.Classify("IMG_0002.HEIC", jpeg));
    }

    [Fact]
    public void Exif_orientation_is_honoured_a_landscape_sensor_image_rotated_90_is_portrait()
    {
        var jpeg = MediaFactory.Jpeg(1200, 800, 4, new ExifData { Orientation = 6 });

        var thumbnail = Thumbnailer.FromImage(jpeg, "rotated.jpg");

        Assert.Equal((480u, 720u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.Equal((800, 1200), (thumbnail.SourceWidth, thumbnail.SourceHeight));
    }

    [Fact]
    public void Twelve_megapixel_noise_stays_under_100_kb()
    {
        var thumbnail = Thumbnailer.FromImage(MediaFactory.NoiseJpeg(4000, 3000, 3), "noise.jpg");

        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
    }

    [Theory]
    [InlineData(4000, 3000, 1000, 750)]
    [InlineData(1600, 1200, 800, 600)]
    [InlineData(3000, 4000, 750, 1000)]
    [InlineData(800, 600, 800, 600)]
    public void A_large_jpeg_is_decoded_at_the_smallest_scale_that_still_covers_720_px(int width, int height, int decodedWidth, int decodedHeight)
    {
        using var data = SKData.CreateCopy(MediaFactory.Jpeg(width, height, 5));
        using var codec = SKCodec.Create(data);

        Assert.Equal(new SKSizeI(decodedWidth, decodedHeight), SkiaJpegThumbnails.DecodeSize(codec));
    }

    public static TheoryData<string> RawNames => [.. CameraRaws.Names];

    [Theory]
    [MemberData(nameof(RawNames))]
    public void A_camera_raw_gets_its_embedded_preview_as_the_thumbnail_not_its_flat_sensor_data(string name)
    {
        var preview = MediaFactory.Jpeg(1024, 768, seed: name.Length + name[^2]);
        var raw = CameraRaws.Make(name, preview, 1024, 768);
        Assert.Equal(EnteFileType.Image, MediaKinds.Classify(name, raw));

        var thumbnail = Thumbnailer.FromImage(raw, name);

        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.Equal((1024, 768), (thumbnail.SourceWidth, thumbnail.SourceHeight));
        Assert.True(ThumbnailChecks.Difference(thumbnail.Jpeg, preview) < 8, "the thumbnail is not the embedded preview");
    }

    [Fact]
    public void Every_camera_raw_the_media_table_lists_gets_its_preview_even_when_its_bytes_read_as_tiff()
    {
        var preview = MediaFactory.Jpeg(1024, 768, seed: 9);
        var pentax = TiffRawFactory.Nef(preview);
        Assert.Equal(MediaFormat.Tiff, MediaSniffer.FormatOf(pentax));

        var thumbnail = Thumbnailer.FromImage(pentax, "IMGP0001.PEF");

        Assert.Equal((720u, 540u), ThumbnailChecks.AssertPicture(thumbnail));
        Assert.True(ThumbnailChecks.Difference(thumbnail.Jpeg, preview) < 8, "the thumbnail is not the embedded preview");
    }

    [Fact]
    public void Undecodable_bytes_give_the_black_fallback()
    {
        var thumbnail = Thumbnailer.FromImage([0xFF, 0xD8, 0xFF, 1, 2, 3], "broken.jpg");

        Assert.True(thumbnail.IsStatic);
        Assert.Equal(Thumbnailer.FallbackJpeg, thumbnail.Jpeg);
        Assert.Null(thumbnail.SourceWidth);
    }
}
