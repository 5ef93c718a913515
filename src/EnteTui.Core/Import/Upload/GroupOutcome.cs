using EnteTui.Core.Import.Outcomes;

namespace EnteTui.Core.Import.Upload;

/// <summary>What happened to each entry of one group, and how many distinct contents were uploaded now or were already there.</summary>
internal sealed record GroupOutcome(IReadOnlyList<EntryResult> Entries, int Uploaded, int AlreadyPresent);
