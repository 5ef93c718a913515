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
    /// <summary><paramref name="isRaw"/>: the content is a camera RAW (most are TIFF inside, so the bytes alone would read as TIFF).</summary>
    public static MediaThumbnail? Create(byte[] encoded, bool isRaw)
    {
        try
        {
            return (isRaw ? FromRawPreview(encoded) : null) ?? FromImage(encoded);
        }
        catch (Exception ex) when (ex is MagickException or ArgumentException or InvalidOperationException or OutOfMemoryException)
        {
            return null;
        }
    }

    private static MediaThumbnail? FromImage(byte[] encoded)
    {
        var settings = new MagickReadSettings { FrameIndex = 0, FrameCount = 1 };
        settings.SetDefine(MagickFormat.Jpeg, "size", $"{JpegLadder.MaxDimension * 2}x{JpegLadder.MaxDimension * 2}");
        using var ping = new MagickImage();
        ping.Ping(encoded, settings);
        var swap = ping.Orientation is Orientation.LeftTop or Orientation.RightTop or Orientation.RightBottom or Orientation.LeftBottom;
        var (width, height) = swap ? ((int)ping.Height, (int)ping.Width) : ((int)ping.Width, (int)ping.Height);

        using var image = new MagickImage(encoded, settings);
        var jpeg = Encode(image);
        return jpeg is null ? null : new MediaThumbnail(jpeg, false, width, height);
    }

    /// <summary>A RAW file's embedded JPEG preview, as a JPEG thumbnail; the size is the preview's (oriented).</summary>
    private static MediaThumbnail? FromRawPreview(byte[] encoded)
    {
        var settings = new MagickReadSettings(new DngReadDefines { ReadThumbnail = true }) { Format = MagickFormat.Dng };
        using var ping = new MagickImage();
        try
        {
            ping.Ping(encoded, settings);
        }
        catch (MagickException)
        {
            return null;
        }

        if (ping.GetProfile("dng:thumbnail")?.ToByteArray() is not { Length: > 0 } preview)
        {
            return null;
        }

        return SkiaJpegThumbnails.Create(preview) ?? FromImage(preview);
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
