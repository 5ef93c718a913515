using System.Text;

namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>Byte-level edits of test archives that the BCL writers refuse to produce (invalid UTF-8 names).</summary>
public static class RawArchivePatch
{
    /// <summary>Replaces every occurrence of <paramref name="marker"/> (ASCII) in the file with <paramref name="replacement"/> of the same length.</summary>
    public static void Replace(string path, string marker, byte[] replacement)
    {
        var bytes = File.ReadAllBytes(path);
        var needle = Encoding.ASCII.GetBytes(marker);
        Assert.Equal(needle.Length, replacement.Length);
        var found = 0;
        for (var i = bytes.AsSpan().IndexOf(needle); i >= 0; i = Next(bytes, needle, i + 1))
        {
            replacement.CopyTo(bytes, i);
            found++;
        }

        Assert.True(found > 0, $"marker {marker} not found");
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Recomputes the header checksums of a plain (uncompressed) ustar/GNU tar after its names were patched.</summary>
    public static void FixTarChecksums(string path)
    {
        var bytes = File.ReadAllBytes(path);
        for (var block = 0; block + 512 <= bytes.Length; block += 512)
        {
            var header = bytes.AsSpan(block, 512);
            if (!header[257..262].SequenceEqual("ustar"u8))
            {
                continue;
            }

            header.Slice(148, 8).Fill((byte)' ');
            var sum = 0;
            foreach (var b in header)
            {
                sum += b;
            }

            Encoding.ASCII.GetBytes(Convert.ToString(sum, 8).PadLeft(6, '0') + "\0 ").CopyTo(header[148..]);
        }

        File.WriteAllBytes(path, bytes);
    }

    private static int Next(byte[] bytes, byte[] needle, int from)
    {
        var at = bytes.AsSpan(from).IndexOf(needle);
        return at < 0 ? -1 : from + at;
    }
}
