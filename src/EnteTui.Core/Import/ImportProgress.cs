namespace EnteTui.Core.Import;

/// <summary>A snapshot of a running import, for the plain and JSON reporters and the TUI.</summary>
public sealed record ImportProgress
{
    public ImportPhase Phase { get; init; } = ImportPhase.Uploading;

    /// <summary>Photos and videos to process (groups of copies; a live photo counts once).</summary>
    public int TotalItems { get; init; }

    public int DoneItems { get; init; }

    public int Uploaded { get; init; }

    /// <summary>Already in the account (or uploaded earlier in this import): only added to albums.</summary>
    public int AlreadyPresent { get; init; }

    public int Failed { get; init; }

    public long TotalBytes { get; init; }

    public long DoneBytes { get; init; }

    public double BytesPerSecond { get; init; }

    public TimeSpan? Eta { get; init; }

    public TimeSpan Elapsed { get; init; }

    public IReadOnlyList<string> Current { get; init; } = [];

    /// <summary>The latest per-item failure ("path: message").</summary>
    public string? LastFailure { get; init; }
}
