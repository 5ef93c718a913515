using SkiaSharp;

namespace EnteTui.Core.Media;

/// <summary>
/// JPEG thumbnails with SkiaSharp: its JPEG decoder scales by 1/2, 1/4 or 1/8 while decoding, so a
/// 12 MP photo never becomes a full-size bitmap (measured faster than Magick.NET with a size hint).
/// </summary>
internal static class SkiaJpegThumbnails
{
    public static MediaThumbnail? Create(ReadOnlySpan<byte> jpeg)
    {
        using var data = SKData.CreateCopy(jpeg);
        return FromCodec(() => SKCodec.Create(data));
    }

    /// <summary>Decodes while reading the stream (SkiaSharp buffers only its start to sniff the format).</summary>
    public static MediaThumbnail? Create(Stream jpeg) => FromCodec(() => SKCodec.Create(jpeg));

    private static MediaThumbnail? FromCodec(Func<SKCodec?> open)
    {
        try
        {
            using var codec = open();
            if (codec is null || codec.EncodedFormat != SKEncodedImageFormat.Jpeg)
            {
                return null;
            }

            using var oriented = DecodeOriented(codec);
            if (oriented is null)
            {
                return null;
            }

            var swap = Swaps(codec.EncodedOrigin);
            var (width, height) = swap ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
            var encoded = Encode(oriented);
            return encoded is null ? null : new MediaThumbnail(encoded, false, width, height);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>A JPEG of a raw pixel bitmap scaled to the thumbnail size, through the quality ladder.</summary>
    public static byte[]? Encode(SKBitmap source)
    {
        var (width, height) = JpegLadder.TargetSize(source.Width, source.Height);
        using var scaled = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(scaled))
        {
            canvas.Clear(SKColors.Black);
            using var image = SKImage.FromBitmap(source);
            canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        return JpegLadder.Encode(quality =>
        {
            using var data = scaled.Encode(SKEncodedImageFormat.Jpeg, quality);
            return data?.ToArray();
        });
    }

    private static bool Swaps(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKBitmap? DecodeOriented(SKCodec codec)
    {
        var size = DecodeSize(codec);
        var decodeInfo = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(decodeInfo);
        var result = codec.GetPixels(decodeInfo, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            return null;
        }

        var origin = codec.EncodedOrigin;
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return bitmap;
        }

        using (bitmap)
        {
            return Orient(bitmap, origin);
        }
    }

    /// <summary>
    /// The smallest of libjpeg's scales (1/8 to 8/8) whose longer side still reaches 720 px: a 12 MP
    /// photo decodes at 1/4 (3 MB of pixels instead of 48 MB). The codec rounds a requested scale
    /// down to one it supports, so each eighth is asked for exactly.
    /// </summary>
    internal static SKSizeI DecodeSize(SKCodec codec)
    {
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            if (Math.Max(size.Width, size.Height) >= JpegLadder.MaxDimension)
            {
                return size;
            }
        }

        return codec.Info.Size;
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var (w, h) = Swaps(origin) ? (source.Height, source.Width) : (source.Width, source.Height);
        var target = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        canvas.SetMatrix(OrientationMatrix(origin, source.Width, source.Height));
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return target;
    }

    private static SKMatrix OrientationMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
