using EnteTui.Core.Import.Planning;

namespace EnteTui.Core.Import;

/// <summary>What an import run did.</summary>
public sealed record ImportSummary
{
    public int TotalItems { get; init; }

    public int Uploaded { get; init; }

    public int AlreadyPresent { get; init; }

    /// <summary>Items finished in an earlier run and not looked at again.</summary>
    public int DoneEarlier { get; init; }

    public IReadOnlyList<ImportFailure> Failures { get; init; } = [];

    public IReadOnlyList<SkippedMedia> Skipped { get; init; } = [];

    public long UploadedBytes { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Set when the run stopped early for the whole account (storage full, session expired).</summary>
    public string? StoppedReason { get; init; }

    public bool Cancelled { get; init; }

    public bool Succeeded => Failures.Count == 0 && StoppedReason is null && !Cancelled;
}
