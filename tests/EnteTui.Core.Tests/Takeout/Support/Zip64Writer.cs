using System.Text;

namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>
/// Writes a zip64 part as Google's 10 and 50 GB parts are: a first stored entry of
/// <c>bigSize</c> zero bytes (sparse, so the test costs no disk; its CRC is not computed and it is
/// never read), then small entries beyond 4 GiB whose central-directory offsets need zip64.
/// </summary>
public static class Zip64Writer
{
    public static void Write(string path, string bigName, long bigSize, IReadOnlyList<ArchiveEntry> entries)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var w = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
        var big = Encoding.UTF8.GetBytes(bigName);
        w.Write(0x04034b50u);
        w.Write((ushort)45);
        w.Write((ushort)0x0800);
        w.Write((ushort)0);
        w.Write(0u);
        w.Write(0u);
        w.Write(0xFFFFFFFFu);
        w.Write(0xFFFFFFFFu);
        w.Write((ushort)big.Length);
        w.Write((ushort)20);
        w.Write(big);
        w.Write((ushort)0x0001);
        w.Write((ushort)16);
        w.Write(bigSize);
        w.Write(bigSize);
        file.Seek(bigSize, SeekOrigin.Current);
        var offsets = new List<long>();
        foreach (var entry in entries)
        {
            offsets.Add(file.Position);
            var name = Encoding.UTF8.GetBytes(entry.Name);
            w.Write(0x04034b50u);
            w.Write((ushort)45);
            w.Write((ushort)0x0800);
            w.Write((ushort)0);
            w.Write(0u);
            w.Write(Crc32.Compute(entry.Content));
            w.Write((uint)entry.Content.Length);
            w.Write((uint)entry.Content.Length);
            w.Write((ushort)name.Length);
            w.Write((ushort)0);
            w.Write(name);
            w.Write(entry.Content);
        }

        var directoryStart = file.Position;
        w.Write(0x02014b50u);
        w.Write((ushort)45);
        w.Write((ushort)45);
        w.Write((ushort)0x0800);
        w.Write((ushort)0);
        w.Write(0u);
        w.Write(0u);
        w.Write(0xFFFFFFFFu);
        w.Write(0xFFFFFFFFu);
        w.Write((ushort)big.Length);
        w.Write((ushort)28);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write(0u);
        w.Write(0xFFFFFFFFu);
        w.Write(big);
        w.Write((ushort)0x0001);
        w.Write((ushort)24);
        w.Write(bigSize);
        w.Write(bigSize);
        w.Write(0L);
        for (var i = 0; i < entries.Count; i++)
        {
            var name = Encoding.UTF8.GetBytes(entries[i].Name);
            w.Write(0x02014b50u);
            w.Write((ushort)45);
            w.Write((ushort)45);
            w.Write((ushort)0x0800);
            w.Write((ushort)0);
            w.Write(0u);
            w.Write(Crc32.Compute(entries[i].Content));
            w.Write((uint)entries[i].Content.Length);
            w.Write((uint)entries[i].Content.Length);
            w.Write((ushort)name.Length);
            w.Write((ushort)12);
            w.Write((ushort)0);
            w.Write((ushort)0);
            w.Write((ushort)0);
            w.Write(0u);
            w.Write(0xFFFFFFFFu);
            w.Write(name);
            w.Write((ushort)0x0001);
            w.Write((ushort)8);
            w.Write(offsets[i]);
        }

        var directoryEnd = file.Position;
        w.Write(0x06064b50u);
        w.Write(44L);
        w.Write((ushort)45);
        w.Write((ushort)45);
        w.Write(0u);
        w.Write(0u);
        w.Write((long)entries.Count + 1);
        w.Write((long)entries.Count + 1);
        w.Write(directoryEnd - directoryStart);
        w.Write(directoryStart);
        w.Write(0x07064b50u);
        w.Write(0u);
        w.Write(directoryEnd);
        w.Write(1u);
        w.Write(0x06054b50u);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write((ushort)0xFFFF);
        w.Write((ushort)0xFFFF);
        w.Write(0xFFFFFFFFu);
        w.Write(0xFFFFFFFFu);
        w.Write((ushort)0);
    }
}
