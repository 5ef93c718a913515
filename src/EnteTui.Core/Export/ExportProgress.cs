namespace EnteTui.Core.Export;

/// <summary>
/// A snapshot of a run, reported a few times a second: files and bytes done of the work planned,
/// rate and ETA, downloads in flight, per-album counts and the latest failure. The line reporter,
/// the JSON summary and the TUI all consume this.
/// </summary>
public sealed record ExportProgress(
    ExportPhase Phase,
    int FilesTotal,
    int FilesDone,
    int FilesFailed,
    long BytesTotal,
    long BytesDone,
    double BytesPerSecond,
    TimeSpan? Eta,
    IReadOnlyList<ActiveDownload> Active,
    IReadOnlyList<AlbumProgress> Albums,
    ExportFailure? LastFailure,
    string? Message = null);
