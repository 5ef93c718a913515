namespace EnteTui.Core.Takeout.Dates;

/// <summary>Reads at most a given number of bytes from the start of a stream.</summary>
public static class HeadReader
{
    public static byte[] Read(Stream stream, int maximum)
    {
        var buffer = new byte[maximum];
        var total = 0;
        int read;
        while (total < maximum && (read = stream.Read(buffer, total, maximum - total)) > 0)
        {
            total += read;
        }

        return total == maximum ? buffer : buffer[..total];
    }
}
