using EnteTui.Core.Import.Outcomes;

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

    /// <summary>Every scanned media entry with its one outcome.</summary>
    public IReadOnlyList<EntryResult> Entries { get; init; } = [];

    /// <summary>The scan's media entries; the outcome counts add up to it.</summary>
    public int ScannedEntries { get; init; }

    public bool Succeeded => Failures.Count == 0 && StoppedReason is null && !Cancelled && Count(EntryOutcome.Failed) == 0;

    public int Count(EntryOutcome outcome) => Entries.Count(e => e.Outcome == outcome);

    /// <summary>The identity every import must keep: one outcome per scanned media entry.</summary>
    public bool AccountsForEveryEntry => Entries.Count == ScannedEntries
        && Entries.Select(e => (e.Path, e.Part)).Distinct().Count() == ScannedEntries;
}
