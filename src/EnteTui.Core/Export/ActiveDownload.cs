namespace EnteTui.Core.Export;

/// <summary>A file being downloaded right now.</summary>
public sealed record ActiveDownload(long FileId, string Album, string Name, long BytesDone, long BytesTotal);
