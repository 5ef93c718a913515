namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// Rules that find a media file's own sidecar (takeout-notes §10 3a-3d): the numbered reading of
/// the name, the literal reading when the <c>(n)</c> may belong to the title, then the title
/// without extension. Exact case first; case-insensitive only as a separate, unique-hit fallback.
/// </summary>
internal static class OwnSidecarRules
{
    /// <summary>The numbered and literal readings; a hit in both is ambiguous.</summary>
    public static IEnumerable<OwnTitle> PrimaryTitles(MediaName media)
    {
        yield return new OwnTitle(media.Base + media.DotExtension, media.Number, null);
        if (media.Number is not null && media.NumberStart < SidecarNames.SidecarCut)
        {
            yield return new OwnTitle(media.Stem + media.DotExtension, null, MatchRules.NumberInTitle);
        }
    }

    /// <summary>The title had no extension and Google added one to the media file only.</summary>
    public static OwnTitle? TitleWithoutExtension(MediaName media) =>
        media.HasExtension ? new OwnTitle(media.Base, media.Number, MatchRules.TitleWithoutExtension) : null;

    public static MatchOutcome Match(FolderContext folder, int index)
    {
        var media = folder.Media[index];
        var hits = new List<(string Sidecar, string Rule)>();
        foreach (var title in PrimaryTitles(media))
        {
            if (FindExact(folder, title) is { } hit)
            {
                hits.Add(hit);
            }
        }

        var distinct = hits.Select(h => h.Sidecar).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > 1)
        {
            return MatchOutcome.AmbiguousBetween(distinct);
        }

        if (hits.Count > 0)
        {
            return MatchOutcome.Matched(hits[0].Sidecar, hits[0].Rule);
        }

        if (TitleWithoutExtension(media) is { } bare && FindExact(folder, bare) is { } bareHit)
        {
            return MatchOutcome.Matched(bareHit.Sidecar, bareHit.Rule);
        }

        return MatchOutcome.Unmatched;
    }

    /// <summary>The same candidates compared ignoring case; accepted only for a single unclaimed hit.</summary>
    public static IReadOnlyList<string> FindIgnoringCase(FolderContext folder, MediaName media)
    {
        var titles = PrimaryTitles(media).ToList();
        if (TitleWithoutExtension(media) is { } bare)
        {
            titles.Add(bare);
        }

        var hits = new List<string>();
        foreach (var title in titles)
        {
            foreach (var candidate in SidecarNames.For(title.Title, title.Number))
            {
                hits.AddRange(folder.SidecarsIgnoringCase(candidate.Name));
            }
        }

        return hits.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first candidate name of <paramref name="title"/> present in the folder, with its rule.</summary>
    public static (string Sidecar, string Rule)? FindExact(FolderContext folder, OwnTitle title)
    {
        foreach (var candidate in SidecarNames.For(title.Title, title.Number))
        {
            if (folder.HasSidecar(candidate.Name))
            {
                return (candidate.Name, title.Rule ?? MatchRules.ForForm(candidate.Form, title.Number is not null));
            }
        }

        return null;
    }
}
