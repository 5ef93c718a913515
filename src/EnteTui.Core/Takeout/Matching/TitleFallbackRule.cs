namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// takeout-notes §10 step 4: for media still unmatched, rebuild the media name from the title of
/// each unused sidecar (its <c>(n)</c> must agree) and accept only a hit that is unique both ways.
/// </summary>
internal static class TitleFallbackRule
{
    public static void Apply(FolderContext folder, ISet<string> usedSidecars)
    {
        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var sidecar in folder.Sidecars)
        {
            if (sidecar.Title is not { Length: > 0 } title || usedSidecars.Contains(sidecar.Name))
            {
                continue;
            }

            var (stem, extension) = TitleNames.ExpectedMedia(title, TitleNames.SidecarNumber(sidecar.Name));
            if (extension.Length > 0)
            {
                Add(byName, stem + "." + extension, sidecar.Name);
            }
            else
            {
                Add(byStem, stem, sidecar.Name);
            }
        }

        if (byName.Count == 0 && byStem.Count == 0)
        {
            return;
        }

        var claims = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < folder.Media.Length; i++)
        {
            if (folder.Outcomes[i] is not null)
            {
                continue;
            }

            var media = folder.Media[i];
            var hits = new List<string>();
            if (byName.TryGetValue(media.Name, out var named))
            {
                hits.AddRange(named);
            }

            if (media.HasExtension && folder.Kinds[i] != MediaKind.NotMedia && byStem.TryGetValue(media.Stem, out var stems))
            {
                hits.AddRange(stems);
            }

            var distinct = hits.Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count == 1)
            {
                Add(claims, distinct[0], i);
            }
            else if (distinct.Count > 1)
            {
                folder.Outcomes[i] = MatchOutcome.AmbiguousBetween(distinct);
            }
        }

        foreach (var (sidecar, claimants) in claims)
        {
            foreach (var index in claimants)
            {
                folder.Outcomes[index] = claimants.Count == 1
                    ? MatchOutcome.Matched(sidecar, MatchRules.Title)
                    : MatchOutcome.AmbiguousBetween([sidecar]);
            }
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
