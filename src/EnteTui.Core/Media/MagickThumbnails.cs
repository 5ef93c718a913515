using ImageMagick;
using ImageMagick.Formats;

namespace EnteTui.Core.Media;

/// <summary>
/// Thumbnails with Magick.NET for everything SkiaSharp does not decode on Linux: HEIC/HEIF and AVIF
/// (libheif), TIFF, WebP, PNG, GIF, BMP, and RAW, for which the camera's embedded preview is used
/// (libraw, `dng:read-thumbnail`) instead of developing the sensor data.
/// </summary>
internal static class MagickThumbnails
{
    public static MediaThumbnail? Create(byte[] encoded) => Guarded(() => FromImage(encoded));

    /// <summary>A camera RAW's embedded JPEG preview (most RAWs are TIFF inside, so the bytes alone would read as TIFF); null without one.</summary>
    public static byte[]? RawPreview(byte[] encoded) => Guarded(() =>
    {
        var settings = new MagickReadSettings(new DngReadDefines { ReadThumbnail = true }) { Format = MagickFormat.Dng };
        using var ping = new MagickImage();
        ping.Ping(encoded, settings);
        return ping.GetProfile("dng:thumbnail")?.ToByteArray() is { Length: > 0 } preview ? preview : null;
    });

    private static T? Guarded<T>(Func<T?> decode)
        where T : class
    {
        try
        {
            return decode();
        }
        catch (Exception ex) when (ex is MagickException or ArgumentException or InvalidOperationException or OutOfMemoryException)
        {
            return null;
        }
    }

    private static MediaThumbnail? FromImage(byte[] encoded)
    {
        // The size hint lets libjpeg decode a JPEG scaled (by eighths, up too): the size is pinged without it.
        using var ping = new MagickImage();
        ping.Ping(encoded, new MagickReadSettings { FrameIndex = 0, FrameCount = 1 });
        var settings = new MagickReadSettings { FrameIndex = 0, FrameCount = 1 };
        settings.SetDefine(MagickFormat.Jpeg, "size", $"{JpegLadder.MaxDimension * 2}x{JpegLadder.MaxDimension * 2}");
        var swap = ping.Orientation is Orientation.LeftTop or Orientation.RightTop or Orientation.RightBottom or Orientation.LeftBottom;
        var (width, height) = swap ? ((int)ping.Height, (int)ping.Width) : ((int)ping.Width, (int)ping.Height);

        using var image = new MagickImage(encoded, settings);
        var jpeg = Encode(image);
        return jpeg is null ? null : new MediaThumbnail(jpeg, false, width, height);
    }

    private static byte[]? Encode(MagickImage image)
    {
        image.AutoOrient();
        var (width, height) = JpegLadder.TargetSize((int)image.Width, (int)image.Height);
        image.Resize(new MagickGeometry((uint)width, (uint)height) { IgnoreAspectRatio = true });
        image.BackgroundColor = MagickColors.Black;
        image.Alpha(AlphaAction.Remove);
        image.ColorSpace = ColorSpace.sRGB;
        image.Strip();
        image.Format = MagickFormat.Jpeg;
        return JpegLadder.Encode(quality =>
        {
            image.Quality = (uint)quality;
            return image.ToByteArray();
        });
    }
}
