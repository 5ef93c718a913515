using System.Buffers.Binary;
using System.Text;

namespace EnteTui.Fixtures;

/// <summary>
/// One little-endian TIFF image file directory, as EXIF blocks and DNG files hold them: a count, 12-byte
/// entries (tag, type, count, value or offset), a zero next-directory offset, then every value longer
/// than 4 bytes, each padded to an even length.
/// </summary>
internal static class TiffIfd
{
    public const ushort Byte = 1;
    public const ushort Ascii = 2;
    public const ushort Short = 3;
    public const ushort Long = 4;
    public const ushort Rational = 5;
    public const ushort SRational = 10;

    /// <summary>The directory's bytes; <paramref name="extraEntries"/> reserves room for pointer entries added later (4-byte values).</summary>
    public static int Size(IReadOnlyCollection<Entry> entries, int extraEntries = 0) =>
        2 + (12 * (entries.Count + extraEntries)) + 4 + entries.Sum(e => e.Value.Length > 4 ? e.Value.Length + (e.Value.Length % 2) : 0);

    /// <summary>The directory as it stands at offset <paramref name="at"/> of the TIFF (value offsets count from the TIFF's start).</summary>
    public static byte[] Encode(int at, IReadOnlyList<Entry> entries)
    {
        var bytes = new byte[Size(entries)];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)entries.Count);
        var data = 2 + (12 * entries.Count) + 4;
        for (var i = 0; i < entries.Count; i++)
        {
            var (tag, type, count, value) = entries[i];
            var slot = bytes.AsSpan(2 + (12 * i), 12);
            BinaryPrimitives.WriteUInt16LittleEndian(slot, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(slot[2..], type);
            BinaryPrimitives.WriteUInt32LittleEndian(slot[4..], count);
            if (value.Length <= 4)
            {
                value.CopyTo(slot[8..]);
                continue;
            }

            BinaryPrimitives.WriteUInt32LittleEndian(slot[8..], (uint)(at + data));
            value.CopyTo(bytes, data);
            data += value.Length + (value.Length % 2);
        }

        return bytes;
    }

    /// <summary>Little-endian SHORT values.</summary>
    public static byte[] U16(params ushort[] values)
    {
        var bytes = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), values[i]);
        }

        return bytes;
    }

    /// <summary>One little-endian LONG value.</summary>
    public static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    public sealed record Entry(ushort Tag, ushort Type, uint Count, byte[] Value)
    {
        /// <summary>An ASCII value with its terminating NUL.</summary>
        public static Entry Text(ushort tag, string text)
        {
            var bytes = Encoding.ASCII.GetBytes(text + "\0");
            return new Entry(tag, Ascii, (uint)bytes.Length, bytes);
        }
    }
}
