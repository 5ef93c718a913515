namespace EnteTui.Core.Import.Outcomes;

/// <summary>The entries an import copy stands for: the media, and the motion video of a live photo.</summary>
internal static class EntryResults
{
    public static IEnumerable<EntryResult> Of(ImportCopy copy, EntryOutcome outcome, string? reason = null)
    {
        yield return new EntryResult(copy.Media.Path, copy.Media.Part, outcome, reason);
        if (copy.MotionVideo is { } video)
        {
            yield return new EntryResult(video.Path, video.Part, outcome, reason);
        }
    }

    public static IEnumerable<EntryResult> Of(ImportGroup group, EntryOutcome outcome, string? reason = null) =>
        group.Copies.SelectMany(c => Of(c, outcome, reason));

    public static EntryResult Of(SkippedMedia skipped) => new(skipped.Path, skipped.Part, EntryOutcome.LeftOut, SkipReasons.Describe(skipped.Reason));
}
