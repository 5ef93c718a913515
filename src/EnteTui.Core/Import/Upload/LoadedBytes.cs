namespace EnteTui.Core.Import.Upload;

/// <summary>
/// One read of a copy: its content hash, the whole file when it was kept in memory, its first bytes,
/// and the thumbnail when it was decoded during the same read.
/// </summary>
internal sealed record LoadedBytes(string Hash, byte[]? Bytes, byte[] Head, MediaThumbnail? Thumbnail);
