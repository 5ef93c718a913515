using System.IO.Compression;

using SharpCompress.Common;
using SharpCompress.Readers;

namespace EnteTui.Core.Takeout.Archives;

/// <summary>Shared ways to open parts: file streams, reader options, gzip layer, and which exceptions mean "unreadable".</summary>
internal static class ArchiveStreams
{
    public static ReaderOptions Options() => new()
    {
        LeaveStreamOpen = true,
        ArchiveEncoding = new ArchiveEncoding { Default = Encoding.UTF8 },
    };

    public static FileStream OpenFile(string path, bool random) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, random ? FileOptions.RandomAccess : FileOptions.SequentialScan);

    /// <summary>A forward-only reader over a tar, tgz or zip part (gzip decompressed natively).</summary>
    public static IReader OpenSequential(Stream file, PartKind kind) => OpenSequential(file, kind, out _);

    /// <summary>As <see cref="OpenSequential(Stream, PartKind)"/>; for tar parts also the tracker that tells whether the tar was complete.</summary>
    public static IReader OpenSequential(Stream file, PartKind kind, out TailTrackingStream? tail)
    {
        tail = null;
        if (kind == PartKind.Zip)
        {
            return ReaderFactory.OpenReader(file, Options());
        }

        Stream inner = kind == PartKind.Tgz ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : new NonClosingStream(file);
        tail = new TailTrackingStream(inner);
        return ReaderFactory.OpenReader(tail, Options());
    }

    public static bool IsReadFailure(Exception ex) =>
        ex is IOException or InvalidDataException or SharpCompressException or InvalidOperationException
            or NotSupportedException or ArgumentException or IndexOutOfRangeException or OverflowException or FormatException;
}
