namespace EnteTui.Core.Import.Upload;

/// <summary>
/// A group after hashing: the copy to upload (own sidecar first), every copy of the photo (for
/// albums and flags), and the bytes themselves when they fit in memory.
/// </summary>
internal sealed class LoadedContent : IDisposable
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

    /// <summary>The thumbnail when it was decoded in the read that hashed the file.</summary>
    public MediaThumbnail? Thumbnail { get; init; }

    /// <summary>SkiaSharp was given the read that hashed the file: without <see cref="Thumbnail"/>, it could not decode it.</summary>
    public bool SkiaTried { get; init; }

    /// <summary>Set when the file object was uploaded while hashing (a large entry of a forward-only part).</summary>
    public (byte[] FileKey, UploadedObject File)? PreUploaded { get; init; }

    /// <summary>The owner-only temporary folder holding the copy of a pre-uploaded file (for its thumbnail); deleted on dispose.</summary>
    public string? SpoolFolder { get; init; }

    /// <summary>The copy of a pre-uploaded file on disk, written while it was uploaded.</summary>
    public string? SpoolPath => SpoolFolder is null ? null : SpoolPathIn(SpoolFolder);

    public static string SpoolPathIn(string folder) => Path.Combine(folder, "content");

    public void Dispose()
    {
        if (SpoolFolder is not null && Directory.Exists(SpoolFolder))
        {
            Directory.Delete(SpoolFolder, recursive: true);
        }
    }
}
