namespace EnteTui.Core.Media;

/// <summary>
/// Ente's thumbnail rules (spec §5.4): longer side 720 px (smaller images scaled up as the web does),
/// JPEG quality 70 lowered in steps of 10 down to 50 while the result is over 100 KB.
/// </summary>
public static class JpegLadder
{
    public const int MaxDimension = 720;
    public const int MaxBytes = 100 * 1024;
    private const int StartQuality = 70;
    private const int MinQuality = 50;

    /// <summary>Scales so the longer side is 720 px, keeping the aspect ratio.</summary>
    public static (int Width, int Height) TargetSize(int width, int height)
    {
        if (width >= height)
        {
            return (MaxDimension, Math.Max(1, (int)Math.Round((double)height * MaxDimension / width)));
        }

        return (Math.Max(1, (int)Math.Round((double)width * MaxDimension / height)), MaxDimension);
    }

    /// <summary>The first encoding at or under 100 KB, else the smallest (quality 50); null when the encoder fails.</summary>
    public static byte[]? Encode(Func<int, byte[]?> encodeAtQuality)
    {
        byte[]? best = null;
        for (var quality = StartQuality; quality >= MinQuality; quality -= 10)
        {
            var jpeg = encodeAtQuality(quality);
            if (jpeg is null)
            {
                return best;
            }

            best = jpeg;
            if (jpeg.Length <= MaxBytes)
            {
                break;
            }
        }

        return best;
    }
}
