namespace EnteTui.Core.Takeout.Archives;

/// <summary>Reads a whole small entry (a JSON file) but never more than a limit.</summary>
internal static class BoundedRead
{
    /// <summary>The bytes, or null when the stream holds more than <paramref name="limit"/>.</summary>
    public static byte[]? ReadAll(Stream stream, int limit, long declaredSize)
    {
        var capacity = declaredSize is > 0 and <= int.MaxValue ? (int)Math.Min(declaredSize, limit) : 16 * 1024;
        using var buffer = new MemoryStream(capacity);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
