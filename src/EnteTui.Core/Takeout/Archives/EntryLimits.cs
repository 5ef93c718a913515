namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Zip-bomb and corruption guards on declared sizes: an absurd size, a compression ratio no
/// photo or video reaches, or a compressed size larger than the whole part.
/// </summary>
public static class EntryLimits
{
    public const long AbsurdSize = 1L << 40;
    public const long RatioCheckFrom = 256L << 20;
    public const long MaximumRatio = 200;

    /// <summary>Null when the sizes are plausible, else the reason to refuse the entry.</summary>
    public static string? Check(long size, long compressedSize, long partSize)
    {
        if (size < 0 || compressedSize < 0)
        {
            return "negative size: entry ignored";
        }

        if (size > AbsurdSize)
        {
            return $"absurd declared size ({size} bytes, possible zip bomb): entry ignored";
        }

        if (compressedSize > partSize && partSize > 0)
        {
            return $"declared compressed size ({compressedSize} bytes) is larger than the part: entry ignored";
        }

        if (size >= RatioCheckFrom && compressedSize >= 0 && size > MaximumRatio * Math.Max(compressedSize, 1))
        {
            return $"suspicious compression ratio ({size} bytes from {compressedSize}, possible zip bomb): entry ignored";
        }

        return null;
    }
}
