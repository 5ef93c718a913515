namespace EnteTui.Core.Import.Upload;

/// <summary>
/// One read of a copy: its content hash, the whole file when it was kept in memory, its first bytes,
/// and the thumbnail when it was decoded during the same read (<see cref="SkiaTried"/>: SkiaSharp was
/// given the read, so a missing thumbnail means it could not decode it).
/// </summary>
internal sealed record LoadedBytes(string Hash, byte[]? Bytes, byte[] Head, MediaThumbnail? Thumbnail, bool SkiaTried = false);
