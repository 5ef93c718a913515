namespace EnteTui.Core.Takeout.Archives;

/// <summary>Tells a part's format from its first bytes, whatever its name says.</summary>
public static class ArchiveSniffer
{
    public static PartKind Detect(string path)
    {
        if (Directory.Exists(path))
        {
            return PartKind.Folder;
        }

        Span<byte> head = stackalloc byte[512];
        int length;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None))
        {
            length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..length];
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2], head[3]) is (3, 4) or (5, 6) or (7, 8))
        {
            return PartKind.Zip;
        }

        if (length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            return PartKind.Tgz;
        }

        if (length >= 262 && head.Slice(257, 5).SequenceEqual("ustar"u8))
        {
            return PartKind.Tar;
        }

        return PartKind.Invalid;
    }
}
