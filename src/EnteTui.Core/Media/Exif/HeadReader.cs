namespace EnteTui.Core.Media.Exif;

/// <summary>Reads at most a given number of bytes from the start of a stream.</summary>
public static class HeadReader
{
    /// <summary>Fills <paramref name="buffer"/> with up to <paramref name="maximum"/> bytes; returns how many were read.</summary>
    public static int ReadInto(Stream stream, byte[] buffer, int maximum)
    {
        var total = 0;
        int read;
        while (total < maximum && (read = stream.Read(buffer, total, maximum - total)) > 0)
        {
            total += read;
        }

        return total;
    }
}
