using EnteTui.Core.Import.Outcomes;
using EnteTui.Core.JsonOutput;

namespace EnteTui.Reporting;

/// <summary>`takeout import --json`: the run summary; the entries not uploaded are read lazily while it is written.</summary>
public sealed record ImportSummaryDocument(
    string Status,
    int Items,
    int Uploaded,
    int AlreadyPresent,
    int DoneEarlier,
    int Failed,
    long UploadedBytes,
    double ElapsedSeconds,
    string? StoppedReason,
    IEnumerable<ImportFailure> Failures,
    IReadOnlyDictionary<string, int> Skipped,
    int ScannedEntries,
    IReadOnlyDictionary<string, int> Outcomes,
    IEnumerable<NotUploadedDocument> NotUploaded)
{
    public static ImportSummaryDocument From(ImportSummary s) => new(
        s.Succeeded ? "completed" : s.Cancelled ? "interrupted" : s.StoppedReason is not null ? "stopped" : "failed",
        s.TotalItems,
        s.Uploaded,
        s.AlreadyPresent,
        s.DoneEarlier,
        s.Failures.Count,
        s.UploadedBytes,
        Math.Round(s.Elapsed.TotalSeconds, 3),
        s.StoppedReason,
        s.Failures,
        s.Skipped.GroupBy(k => k.Reason).OrderBy(g => g.Key).ToDictionary(g => JsonNames.Of(g.Key), g => g.Count()),
        s.ScannedEntries,
        Enum.GetValues<EntryOutcome>().ToDictionary(o => JsonNames.Of(o), s.Count),
        s.Entries.Where(e => e.Outcome != EntryOutcome.Uploaded).Select(e => new NotUploadedDocument(e.Path, e.Part, JsonNames.Of(e.Outcome), e.Reason)));
}
