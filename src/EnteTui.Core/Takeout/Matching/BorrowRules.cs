namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// Media with no sidecar of their own that inherit another item's: edited copies (any listed
/// language, complete or cut-off suffix) take the original's, live-photo and motion videos take
/// their still's. The original or still present in the folder decides; otherwise the sidecar names
/// it would have are looked up. More than one possible donor is ambiguous.
/// </summary>
internal sealed class BorrowRules(FolderContext folder, EditSuffixes suffixes)
{
    private readonly bool[] visiting = new bool[folder.Media.Length];

    public MatchOutcome Resolve(int index)
    {
        if (folder.Outcomes[index] is { } known)
        {
            return known;
        }

        if (visiting[index])
        {
            return MatchOutcome.Unmatched;
        }

        visiting[index] = true;
        var outcome = Edited(index) ?? Companion(index) ?? MatchOutcome.Unmatched;
        visiting[index] = false;
        folder.Outcomes[index] = outcome;
        return outcome;
    }

    private MatchOutcome? Edited(int index)
    {
        var media = folder.Media[index];
        var donors = new List<(string MediaName, OwnTitle Title)>();
        void AddDonor(string originalBase, int? number)
        {
            var num = number is null ? "" : $"({number})";
            donors.Add((originalBase + num + media.DotExtension, new OwnTitle(originalBase + media.DotExtension, number, null)));
        }

        if (suffixes.StripComplete(media.Base) is { } original)
        {
            AddDonor(original, media.Number);
        }

        if (media.Number is null && suffixes.StripComplete(media.Stem) is { } numbered && MediaName.FindTrailingNumber(numbered) is { Number: { } n } found)
        {
            AddDonor(numbered[..found.Start], n);
        }

        if (Utf16Cut.IsCutLength(media.Base, SidecarNames.MediaStemCut))
        {
            foreach (var (partial, removed) in suffixes.StripPartial(media.Base, 2))
            {
                var originalName = partial + (media.Number is null ? "" : $"({media.Number})") + media.DotExtension;
                var present = folder.FindMediaIgnoringExtensionCase(originalName).Any();
                if (removed >= EditSuffixes.MinimumPartialLength || present)
                {
                    AddDonor(partial, media.Number);
                }
            }
        }

        return donors.Count == 0 ? null : FromDonors(donors, MatchRules.Edited, index);
    }

    private MatchOutcome? Companion(int index)
    {
        var kind = folder.Kinds[index];
        if (!MediaTypes.IsVideoLike(kind))
        {
            return null;
        }

        var media = folder.Media[index];
        var num = media.Number is null ? "" : $"({media.Number})";
        var donors = new List<(string MediaName, OwnTitle Title)>();
        if (media.HasExtension && MediaTypes.IsPixelMotionExtension(media.Extension))
        {
            foreach (var still in new[] { "jpg", "JPG", "jpeg" })
            {
                var title = $"{media.Base}.{media.Extension}.{still}";
                donors.Add(($"{media.Base}.{media.Extension}{num}.{still}", new OwnTitle(title, media.Number, null)));
            }
        }
        else
        {
            foreach (var still in MediaTypes.StillExtensions)
            {
                donors.Add(($"{media.Base}{num}.{still}", new OwnTitle($"{media.Base}.{still}", media.Number, null)));
            }
        }

        var rule = kind == MediaKind.MotionVideo ? MatchRules.MotionPhoto : MatchRules.LivePhoto;
        return FromDonors(donors, rule, index);
    }

    private MatchOutcome? FromDonors(List<(string MediaName, OwnTitle Title)> donors, string rule, int self)
    {
        var present = donors.SelectMany(d => folder.FindMediaIgnoringExtensionCase(d.MediaName)).Where(i => i != self).Distinct().ToList();
        if (present.Count > 0)
        {
            var outcomes = present.Select(Resolve).ToList();
            var sidecars = outcomes.Select(o => o.Sidecar).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (present.Count == 1)
            {
                return sidecars.Count == 1 ? MatchOutcome.Matched(sidecars[0], rule)
                    : outcomes[0].Ambiguous ? outcomes[0] : null;
            }

            return MatchOutcome.AmbiguousBetween(sidecars.Concat(outcomes.SelectMany(o => o.Candidates)));
        }

        var hits = donors.Select(d => OwnSidecarRules.FindExact(folder, d.Title)?.Sidecar).OfType<string>()
            .Distinct(StringComparer.Ordinal).ToList();
        return hits.Count switch
        {
            0 => null,
            1 => MatchOutcome.Matched(hits[0], rule),
            _ => MatchOutcome.AmbiguousBetween(hits),
        };
    }
}
