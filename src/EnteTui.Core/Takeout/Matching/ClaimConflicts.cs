namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// One sidecar claimed as their own by several media files cannot be right for all of them
/// (forgotten duplicates, two titles cut to the same 46 units). A still and its motion video
/// sharing a stem are the one exception: the still keeps it and the video borrows it later.
/// Everyone else involved becomes unmatched with the sidecar as a candidate.
/// </summary>
internal static class ClaimConflicts
{
    public static void Resolve(FolderContext folder)
    {
        var claims = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < folder.Media.Length; i++)
        {
            if (folder.Outcomes[i] is { Sidecar: { } sidecar, IsBorrowed: false })
            {
                if (!claims.TryGetValue(sidecar, out var list))
                {
                    claims[sidecar] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var (sidecar, claimants) in claims)
        {
            if (claimants.Count < 2)
            {
                continue;
            }

            if (StillWithCompanions(folder, claimants) is { } still)
            {
                foreach (var index in claimants.Where(c => c != still))
                {
                    folder.Outcomes[index] = null;
                }

                continue;
            }

            foreach (var index in claimants)
            {
                folder.Outcomes[index] = MatchOutcome.AmbiguousBetween([sidecar]);
            }
        }
    }

    private static int? StillWithCompanions(FolderContext folder, List<int> claimants)
    {
        var first = folder.Media[claimants[0]];
        if (claimants.Any(c => folder.Media[c].Base != first.Base || folder.Media[c].Number != first.Number))
        {
            return null;
        }

        var stills = claimants.Where(c => folder.Kinds[c] == MediaKind.Image).ToList();
        var videos = claimants.Count(c => MediaTypes.IsVideoLike(folder.Kinds[c]));
        return stills.Count == 1 && videos == claimants.Count - 1 ? stills[0] : null;
    }
}
