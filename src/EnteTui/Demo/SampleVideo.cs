namespace EnteTui.Demo;

/// <summary>
/// Tiny playable videos written by hand, no encoder needed: Motion-JPEG frames in an AVI (RIFF)
/// or a QuickTime MOV container. A sun crosses the sky.
/// </summary>
public static class SampleVideo
{
    private const int Fps = 8;

    public static byte[] Avi(int seed, int width, int height, int frames)
    {
        var jpegs = Frames(seed, width, height, frames);
        using var movi = new MemoryStream();
        using (var w = new BinaryWriter(movi, Encoding.ASCII, leaveOpen: true))
        {
            w.Write("movi"u8);
            foreach (var jpeg in jpegs)
            {
                w.Write("00dc"u8);
                w.Write(jpeg.Length);
                w.Write(jpeg);
                if (jpeg.Length % 2 == 1)
                {
                    w.Write((byte)0);
                }
            }
        }

        var maxFrame = jpegs.Max(j => j.Length);
        using var output = new MemoryStream();
        using var o = new BinaryWriter(output, Encoding.ASCII);
        var hdrl = Chunk("avih", a =>
        {
            a.Write(1_000_000 / Fps);
            a.Write(maxFrame * Fps);
            a.Write(0);
            a.Write(0x10);
            a.Write(frames);
            a.Write(0);
            a.Write(1);
            a.Write(maxFrame);
            a.Write(width);
            a.Write(height);
            a.Write(new byte[16]);
        });
        var strh = Chunk("strh", a =>
        {
            a.Write("vids"u8);
            a.Write("MJPG"u8);
            a.Write(0);
            a.Write(0);
            a.Write(0);
            a.Write(1);
            a.Write(Fps);
            a.Write(0);
            a.Write(frames);
            a.Write(maxFrame);
            a.Write(-1);
            a.Write(0);
            a.Write((short)0);
            a.Write((short)0);
            a.Write((short)width);
            a.Write((short)height);
        });
        var strf = Chunk("strf", a =>
        {
            a.Write(40);
            a.Write(width);
            a.Write(height);
            a.Write((short)1);
            a.Write((short)24);
            a.Write("MJPG"u8);
            a.Write(width * height * 3);
            a.Write(new byte[16]);
        });
        var strl = List("strl", strh, strf);
        var header = List("hdrl", hdrl, strl);
        var moviList = ListRaw(movi.ToArray());
        var index = Chunk("idx1", a =>
        {
            var offset = 4;
            foreach (var jpeg in jpegs)
            {
                a.Write("00dc"u8);
                a.Write(0x10);
                a.Write(offset);
                a.Write(jpeg.Length);
                offset += 8 + jpeg.Length + (jpeg.Length % 2);
            }
        });
        o.Write("RIFF"u8);
        o.Write(4 + header.Length + moviList.Length + index.Length);
        o.Write("AVI "u8);
        o.Write(header);
        o.Write(moviList);
        o.Write(index);
        return output.ToArray();
    }

    public static byte[] Mov(int seed, int width, int height, int frames)
    {
        var jpegs = Frames(seed, width, height, frames);
        const int Timescale = 600;
        var frameDuration = Timescale / Fps;
        var duration = frameDuration * frames;
        var ftyp = Box("ftyp", b =>
        {
            b.Write("qt  "u8);
            b.Write(Be(0x200));
            b.Write("qt  "u8);
        });
        var mdatPayload = jpegs.SelectMany(j => j).ToArray();
        var mdatOffset = ftyp.Length + 8;
        var stbl = Container(
            "stbl",
            Box("stsd", b =>
            {
                b.Write(Be(0));
                b.Write(Be(1));
                var entry = Box("jpeg", e =>
                {
                    e.Write(new byte[6]);
                    e.Write(Be16(1));
                    e.Write(Be16(0));
                    e.Write(Be16(0));
                    e.Write(Be(0));
                    e.Write(Be(0));
                    e.Write(Be(512));
                    e.Write(Be16(width));
                    e.Write(Be16(height));
                    e.Write(Be(72 << 16));
                    e.Write(Be(72 << 16));
                    e.Write(Be(0));
                    e.Write(Be16(1));
                    var name = new byte[32];
                    name[0] = 10;
                    "Photo-JPEG"u8.CopyTo(name.AsSpan(1));
                    e.Write(name);
                    e.Write(Be16(24));
                    e.Write(Be16(-1));
                });
                b.Write(entry);
            }),
            Box("stts", b =>
            {
                b.Write(Be(0));
                b.Write(Be(1));
                b.Write(Be(frames));
                b.Write(Be(frameDuration));
            }),
            Box("stsc", b =>
            {
                b.Write(Be(0));
                b.Write(Be(1));
                b.Write(Be(1));
                b.Write(Be(frames));
                b.Write(Be(1));
            }),
            Box("stsz", b =>
            {
                b.Write(Be(0));
                b.Write(Be(0));
                b.Write(Be(frames));
                foreach (var jpeg in jpegs)
                {
                    b.Write(Be(jpeg.Length));
                }
            }),
            Box("stco", b =>
            {
                b.Write(Be(0));
                b.Write(Be(1));
                b.Write(Be(mdatOffset));
            }));
        var minf = Container(
            "minf",
            Box("vmhd", b =>
            {
                b.Write(Be(1));
                b.Write(new byte[8]);
            }),
            Handler("dhlr", "alis", "DataHandler"),
            Container("dinf", Box("dref", b =>
            {
                b.Write(Be(0));
                b.Write(Be(1));
                b.Write(Be(12));
                b.Write("alis"u8);
                b.Write(Be(1));
            })),
            stbl);
        var mdia = Container(
            "mdia",
            Box("mdhd", b =>
            {
                b.Write(Times(Timescale, duration));
                b.Write(Be16(0));
                b.Write(Be16(0));
            }),
            Handler("mhlr", "vide", "VideoHandler"),
            minf);
        var trak = Container(
            "trak",
            Box("tkhd", b =>
            {
                b.Write(Be(3));
                b.Write(new byte[8]);
                b.Write(Be(1));
                b.Write(Be(0));
                b.Write(Be(duration));
                b.Write(new byte[8]);
                b.Write(Be16(0));
                b.Write(Be16(0));
                b.Write(Be16(0));
                b.Write(Be16(0));
                b.Write(Matrix());
                b.Write(Be(width << 16));
                b.Write(Be(height << 16));
            }),
            mdia);
        var moov = Container(
            "moov",
            Box("mvhd", b =>
            {
                b.Write(Times(Timescale, duration));
                b.Write(Be(0x00010000));
                b.Write(Be16(0x0100));
                b.Write(new byte[10]);
                b.Write(Matrix());
                b.Write(new byte[24]);
                b.Write(Be(2));
            }),
            trak);
        var mdat = Header("mdat", mdatPayload.Length).Concat(mdatPayload).ToArray();
        return [.. ftyp, .. mdat, .. moov];
    }

    private static List<byte[]> Frames(int seed, int width, int height, int frames) =>
        Enumerable.Range(0, frames).Select(i => SampleImages.Jpeg(seed, width, height, 0.15f + (0.7f * i / Math.Max(1, frames - 1)))).ToList();

    private static byte[] Chunk(string id, Action<BinaryWriter> write)
    {
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.ASCII, leaveOpen: true))
        {
            write(w);
        }

        var data = body.ToArray();
        return [.. Encoding.ASCII.GetBytes(id), .. BitConverter.GetBytes(data.Length), .. data, .. (data.Length % 2 == 1 ? new byte[1] : [])];
    }

    private static byte[] List(string type, params byte[][] children)
    {
        var payload = children.SelectMany(c => c).ToArray();
        return [.. "LIST"u8.ToArray(), .. BitConverter.GetBytes(4 + payload.Length), .. Encoding.ASCII.GetBytes(type), .. payload];
    }

    private static byte[] ListRaw(byte[] typeAndPayload) => [.. "LIST"u8.ToArray(), .. BitConverter.GetBytes(typeAndPayload.Length), .. typeAndPayload];

    private static byte[] Box(string type, Action<BinaryWriter> write)
    {
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.ASCII, leaveOpen: true))
        {
            write(w);
        }

        var data = body.ToArray();
        return [.. Header(type, data.Length), .. data];
    }

    private static byte[] Container(string type, params byte[][] children)
    {
        var payload = children.SelectMany(c => c).ToArray();
        return [.. Header(type, payload.Length), .. payload];
    }

    private static byte[] Handler(string componentType, string subtype, string name) => Box("hdlr", b =>
    {
        b.Write(Be(0));
        b.Write(Encoding.ASCII.GetBytes(componentType));
        b.Write(Encoding.ASCII.GetBytes(subtype));
        b.Write(new byte[12]);
        b.Write((byte)name.Length);
        b.Write(Encoding.ASCII.GetBytes(name));
    });

    private static byte[] Header(string type, int payloadLength) => [.. Be(payloadLength + 8), .. Encoding.ASCII.GetBytes(type)];

    /// <summary>How movie and media headers (mvhd, mdhd) start: version and flags, creation and modification time (all 0), time scale, duration.</summary>
    private static byte[] Times(int timescale, int duration) => [.. new byte[12], .. Be(timescale), .. Be(duration)];

    private static byte[] Matrix() =>
        [.. Be(0x00010000), .. Be(0), .. Be(0), .. Be(0), .. Be(0x00010000), .. Be(0), .. Be(0), .. Be(0), .. Be(0x40000000)];

    private static byte[] Be(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static byte[] Be16(int value) => [(byte)(value >> 8), (byte)value];
}
