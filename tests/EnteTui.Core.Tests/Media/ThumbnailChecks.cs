using EnteTui.Core.Media;
using ImageMagick;

namespace EnteTui.Core.Tests.Media;

/// <summary>Decodes a thumbnail back and checks Ente's rules: a JPEG picture (not one flat colour), ≤ 720 px, ≤ 100 KB.</summary>
internal static class ThumbnailChecks
{
    public static (uint Width, uint Height) AssertPicture(MediaThumbnail thumbnail)
    {
        Assert.False(thumbnail.IsStatic, "the fallback was made");
        return AssertPicture(thumbnail.Jpeg);
    }

    /// <summary>The same checks on thumbnail bytes as stored (downloaded and decrypted).</summary>
    public static (uint Width, uint Height) AssertPicture(byte[] jpeg)
    {
        Assert.True(jpeg.Length <= JpegLadder.MaxBytes, $"{jpeg.Length} bytes");
        using var image = new MagickImage(jpeg);
        Assert.Equal(MagickFormat.Jpeg, image.Format);
        Assert.Equal((uint)JpegLadder.MaxDimension, Math.Max(image.Width, image.Height));
        var spread = image.Statistics().Composite().StandardDeviation;
        Assert.True(spread > 3, $"a flat picture (standard deviation {spread})");
        return (image.Width, image.Height);
    }

    /// <summary>Mean absolute difference of two pictures scaled to 64×48, 0..255 per channel.</summary>
    public static double Difference(byte[] a, byte[] b)
    {
        using var left = new MagickImage(a);
        using var right = new MagickImage(b);
        var size = new MagickGeometry(64, 48) { IgnoreAspectRatio = true };
        left.Resize(size);
        right.Resize(size);
        return left.Compare(right, ErrorMetric.MeanAbsolute) * 255;
    }
}
