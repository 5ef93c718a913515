using System.Buffers.Binary;
using System.Text;

namespace EnteTui.Fixtures;

/// <summary>ISO base media (MP4, HEIF, CR3) boxes: a big-endian 32-bit size, a four-character type, then the body.</summary>
internal static class IsoBox
{
    public static byte[] Box(string type, params byte[][] body)
    {
        var length = 8 + body.Sum(part => part.Length);
        var box = new byte[length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)length);
        Encoding.ASCII.GetBytes(type, box.AsSpan(4, 4));
        var at = 8;
        foreach (var part in body)
        {
            part.CopyTo(box, at);
            at += part.Length;
        }

        return box;
    }

    public static byte[] U16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] U64(ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value);
        return bytes;
    }
}
