using SkiaSharp;

namespace EnteTui.LocalServer.Seeding;

/// <summary>
/// JPEG thumbnails as Ente's uploader makes them (spec §5.4): at most 720 px on the longer side,
/// EXIF orientation applied, quality 70 stepping down to 50 while over 100 KB. Anything SkiaSharp
/// cannot decode (videos, HEIC here) gets the black placeholder.
/// </summary>
public static class ThumbnailMaker
{
    public const int MaxDimension = 720;
    public const int TargetBytes = 100 * 1024;
    private static readonly Lazy<byte[]> Placeholder = new(() => BlackJpeg(300, 150));

    /// <summary>The black 300×150 placeholder JPEG (metadata then says `hasStaticThumbnail`).</summary>
    public static byte[] BlackPlaceholder => Placeholder.Value;

    /// <summary>A thumbnail of the image at <paramref name="path"/>, or null when it cannot be decoded.</summary>
    public static byte[]? TryCreate(string path)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null)
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        using var oriented = Orient(decoded, codec.EncodedOrigin);
        var scale = Math.Min(1.0, (double)MaxDimension / Math.Max(oriented.Width, oriented.Height));
        var size = new SKSizeI(Math.Max(1, (int)Math.Round(oriented.Width * scale)), Math.Max(1, (int)Math.Round(oriented.Height * scale)));
        using var resized = oriented.Resize(size, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)) ?? oriented.Copy();
        using var image = SKImage.FromBitmap(resized);
        byte[] jpeg = [];
        for (var quality = 70; quality >= 50; quality -= 10)
        {
            using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
            jpeg = data.ToArray();
            if (jpeg.Length <= TargetBytes)
            {
                break;
            }
        }

        return jpeg;
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return source.Copy();
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(OriginMatrix(origin, source.Width, source.Height));
        canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return result;
    }

    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
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

    private static byte[] BlackJpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Black);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 70);
        return data.ToArray();
    }
}
