using System.IO.Compression;

namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Opens zip entries through the central directory; keeps a few opened archives for reuse, one stream
/// each. The scan lists parts with SharpCompress; contents are inflated by System.IO.Compression,
/// whose native zlib inflates a photo 2.5× faster than SharpCompress's managed Deflate (measured:
/// 22 against 56 ms of CPU for a 7.6 MB JPEG), and an import inflates each photo more than once.
/// Both number the entries in central-directory order, so the scan's ordinal finds the same entry.
/// </summary>
internal sealed class ZipEntryOpener(TakeoutPart part) : IEntryOpener
{
    private const int MaximumIdle = 4;
    private readonly Stack<OpenZip> idle = new();
    private readonly Lock gate = new();

    public Stream Open(EntryRef entry, long declaredSize, CancellationToken cancellationToken)
    {
        var zip = Rent();
        try
        {
            if (entry.Ordinal < 0 || entry.Ordinal >= zip.Entries.Length
                || EntryPaths.Normalize(zip.Entries[entry.Ordinal].FullName, out _) != entry.Path)
            {
                throw new InvalidDataException($"{part.Path}: entry {entry.Path} is not where the scan found it (the part changed?)");
            }

            return new EntryStream(zip.Entries[entry.Ordinal].Open(), declaredSize, () => Return(zip));
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            while (idle.TryPop(out var zip))
            {
                zip.Dispose();
            }
        }
    }

    private OpenZip Rent()
    {
        lock (gate)
        {
            if (idle.TryPop(out var zip))
            {
                return zip;
            }
        }

        var stream = ArchiveStreams.OpenFile(part.FullPath, random: true);
        try
        {
            var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
            return new OpenZip(stream, archive, [.. archive.Entries]);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private void Return(OpenZip zip)
    {
        lock (gate)
        {
            if (idle.Count < MaximumIdle)
            {
                idle.Push(zip);
                return;
            }
        }

        zip.Dispose();
    }

    private sealed record OpenZip(FileStream Stream, ZipArchive Archive, ZipArchiveEntry[] Entries) : IDisposable
    {
        public void Dispose()
        {
            Archive.Dispose();
            Stream.Dispose();
        }
    }
}
