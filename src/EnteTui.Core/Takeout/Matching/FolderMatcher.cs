namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// Pairs the media files of one folder with the sidecars of the same folder (pure, deterministic).
/// Order: own sidecar by exact name rules; the same rules ignoring case (unique hit only); the
/// sidecar's title (unique both ways); conflicting claims undone; then edited copies and
/// live/motion videos borrow their original's or still's sidecar. Anything doubtful stays unmatched.
/// </summary>
public sealed class FolderMatcher(EditSuffixes suffixes)
{
    public static FolderMatcher Default { get; } = new(EditSuffixes.Default);

    /// <param name="media">Media file names of the folder (NFC, distinct).</param>
    /// <param name="sidecars">JSON files of the folder that may be media sidecars (NFC, distinct).</param>
    public IReadOnlyDictionary<string, MatchOutcome> Match(IReadOnlyList<string> media, IReadOnlyList<FolderSidecar> sidecars)
    {
        var folder = new FolderContext(media, sidecars);
        for (var i = 0; i < folder.Media.Length; i++)
        {
            var own = OwnSidecarRules.Match(folder, i);
            folder.Outcomes[i] = own.IsMatched || own.Ambiguous ? own : null;
        }

        MatchIgnoringCase(folder);
        TitleFallbackRule.Apply(folder, UsedSidecars(folder));
        ClaimConflicts.Resolve(folder);

        var borrow = new BorrowRules(folder, suffixes);
        for (var i = 0; i < folder.Media.Length; i++)
        {
            borrow.Resolve(i);
        }

        var used = UsedSidecars(folder);
        var unused = sidecars.Select(s => s.Name).Where(n => !used.Contains(n)).ToList();
        var result = new Dictionary<string, MatchOutcome>(StringComparer.Ordinal);
        for (var i = 0; i < folder.Media.Length; i++)
        {
            var outcome = folder.Outcomes[i]!;
            if (!outcome.IsMatched && !outcome.Ambiguous)
            {
                outcome = outcome with { Candidates = NearMisses.Find(folder.Media[i], unused) };
            }

            result[folder.Media[i].Name] = outcome;
        }

        return result;
    }

    private static void MatchIgnoringCase(FolderContext folder)
    {
        var claimedExactly = UsedSidecars(folder);
        var pending = new List<(int Index, string Sidecar)>();
        for (var i = 0; i < folder.Media.Length; i++)
        {
            if (folder.Outcomes[i] is not null || folder.MediaCountIgnoringCase(folder.Media[i].Name) > 1)
            {
                continue;
            }

            var hits = OwnSidecarRules.FindIgnoringCase(folder, folder.Media[i]).Where(h => !claimedExactly.Contains(h)).ToList();
            if (hits.Count == 1)
            {
                pending.Add((i, hits[0]));
            }
            else if (hits.Count > 1)
            {
                folder.Outcomes[i] = MatchOutcome.AmbiguousBetween(hits);
            }
        }

        foreach (var (index, sidecar) in pending)
        {
            folder.Outcomes[index] = MatchOutcome.Matched(sidecar, MatchRules.CaseInsensitive);
        }
    }

    private static HashSet<string> UsedSidecars(FolderContext folder)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in folder.Outcomes)
        {
            if (outcome?.Sidecar is { } sidecar)
            {
                used.Add(sidecar);
            }
        }

        return used;
    }
}
