using SkiaSharp;

namespace EnteTui.Core.Import.Media;

/// <summary>
/// Makes Ente thumbnails (spec §5.4): JPEG, longer side 720 px (smaller images are scaled up as the
/// web does), at most 100 KB via the quality ladder 0.7 → 0.5; the black 300×150 fallback otherwise.
/// </summary>
public static class ThumbnailMaker
{
    public const int MaxDimension = 720;
    public const int MaxBytes = 100 * 1024;
    private const int StartQuality = 70;
    private const int MinQuality = 50;

    private static readonly Lazy<byte[]> Fallback = new(MakeFallback);

    /// <summary>The all-black 300×150 JPEG used when no thumbnail can be made.</summary>
    public static byte[] FallbackJpeg => Fallback.Value;

    public static Thumbnail FallbackThumbnail => new(FallbackJpeg, true, null, null);

    /// <summary>A thumbnail of an encoded image; the fallback when it cannot be decoded.</summary>
    public static Thumbnail FromImage(ReadOnlySpan<byte> encoded)
    {
        try
        {
            using var data = SKData.CreateCopy(encoded);
            using var codec = SKCodec.Create(data);
            if (codec is null)
            {
                return FallbackThumbnail;
            }

            using var oriented = DecodeOriented(codec);
            if (oriented is null)
            {
                return FallbackThumbnail;
            }

            var swap = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
            var (width, height) = swap ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
            var jpeg = Encode(oriented);
            return jpeg is null ? FallbackThumbnail : new Thumbnail(jpeg, false, width, height);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OutOfMemoryException)
        {
            return FallbackThumbnail;
        }
    }

    /// <summary>Scales so the longer side is 720 px, keeping the aspect ratio.</summary>
    public static (int Width, int Height) TargetSize(int width, int height)
    {
        if (width >= height)
        {
            return (MaxDimension, Math.Max(1, (int)Math.Round((double)height * MaxDimension / width)));
        }

        return (Math.Max(1, (int)Math.Round((double)width * MaxDimension / height)), MaxDimension);
    }

    private static SKBitmap? DecodeOriented(SKCodec codec)
    {
        // Decode at the smallest scale the codec offers that is still at least the target size.
        var info = codec.Info;
        var scale = Math.Min(1f, (float)MaxDimension / Math.Max(info.Width, info.Height));
        var size = codec.GetScaledDimensions(Math.Max(scale, 0.125f));
        if (size.Width < MaxDimension && size.Height < MaxDimension)
        {
            size = info.Size;
        }

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

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swap ? (source.Height, source.Width) : (source.Width, source.Height);
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

    private static byte[]? Encode(SKBitmap source)
    {
        var (width, height) = TargetSize(source.Width, source.Height);
        using var scaled = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(scaled))
        {
            canvas.Clear(SKColors.Black);
            using var image = SKImage.FromBitmap(source);
            canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        byte[]? best = null;
        for (var quality = StartQuality; quality >= MinQuality; quality -= 10)
        {
            var jpeg = EncodeJpeg(scaled, quality);
            if (jpeg is null)
            {
                return best;
            }

            var previous = best;
            best = jpeg;
            if (jpeg.Length <= MaxBytes || (previous is not null && jpeg.Length > previous.Length * 0.9))
            {
                break;
            }
        }

        return best;
    }

    private static byte[]? EncodeJpeg(SKBitmap bitmap, int quality)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data?.ToArray();
    }

    private static byte[] MakeFallback()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(300, 150, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.Black);
        return EncodeJpeg(bitmap, 90) ?? throw new InvalidOperationException("SkiaSharp could not encode a JPEG.");
    }
}
