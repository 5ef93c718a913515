namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>Rewrites the declared uncompressed size of a zip entry (local and central headers) to fake a bomb.</summary>
public static class ZipPatcher
{
    public static void DeclareSize(string path, string entryName, uint size)
    {
        var bytes = File.ReadAllBytes(path);
        var name = System.Text.Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var sig = BitConverter.ToUInt32(bytes, i);
            if (sig == 0x04034b50 && Matches(bytes, i + 30, name, BitConverter.ToUInt16(bytes, i + 26)))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22), size);
            }
            else if (sig == 0x02014b50 && Matches(bytes, i + 46, name, BitConverter.ToUInt16(bytes, i + 28)))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24), size);
            }
        }

        File.WriteAllBytes(path, bytes);
    }

    private static bool Matches(byte[] bytes, int at, byte[] name, int length) =>
        length == name.Length && at + length <= bytes.Length && bytes.AsSpan(at, length).SequenceEqual(name);
}
