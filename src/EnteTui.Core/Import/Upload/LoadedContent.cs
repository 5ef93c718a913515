using EnteTui.Core.Import.Media;
using EnteTui.Core.Import.Planning;

namespace EnteTui.Core.Import.Upload;

/// <summary>
/// A group after hashing: the copy to upload (own sidecar first), every copy of the photo (for
/// albums and flags), and the bytes themselves when they fit in memory.
/// </summary>
internal sealed class LoadedContent
{
    public required ImportCopy Best { get; init; }

    public List<ImportCopy> Copies { get; } = [];

    public required EnteFileType FileType { get; init; }

    public required string Hash { get; init; }

    /// <summary>The whole file (single media) when buffered; null for large files, re-read while encrypting.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>The start of the file, for EXIF / QuickTime when <see cref="Bytes"/> is null.</summary>
    public byte[] Head { get; init; } = [];

    public byte[]? VideoBytes { get; init; }
}
