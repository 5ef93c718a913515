namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>
/// The decisions for the unmatched media of one scan, saved through the backend as they are made
/// (so leaving the wizard loses nothing). Bulk actions apply to undecided items only.
/// </summary>
public sealed class ResolutionBook(ITakeoutBackend backend, TakeoutReport report)
{
    private readonly Dictionary<string, Resolution> decisions = new(backend.LoadResolutions(report), StringComparer.Ordinal);

    public TakeoutReport Report => report;

    public IReadOnlyList<UnmatchedMedia> Items => report.Unmatched;

    public IReadOnlyDictionary<string, Resolution> Decisions => decisions;

    public int Decided => report.Unmatched.Count(m => decisions.ContainsKey(m.Path));

    public int Undecided => report.Unmatched.Count - Decided;

    public Resolution? For(UnmatchedMedia media) => decisions.GetValueOrDefault(media.Path);

    public void Decide(UnmatchedMedia media, Resolution resolution)
    {
        decisions[media.Path] = resolution;
        backend.SaveResolution(report, media.Path, resolution);
    }

    public void Clear(UnmatchedMedia media)
    {
        decisions.Remove(media.Path);
        backend.SaveResolution(report, media.Path, null);
    }

    /// <summary>Applies <paramref name="resolution"/> to every undecided item <paramref name="like"/> selects; returns how many.</summary>
    public int DecideAll(Func<UnmatchedMedia, bool> like, Resolution resolution)
    {
        var count = 0;
        foreach (var media in report.Unmatched.Where(m => !decisions.ContainsKey(m.Path) && like(m)))
        {
            Decide(media, resolution);
            count++;
        }

        return count;
    }

    public int NextUndecided(int from)
    {
        for (var i = 1; i <= report.Unmatched.Count; i++)
        {
            var index = (from + i) % report.Unmatched.Count;
            if (!decisions.ContainsKey(report.Unmatched[index].Path))
            {
                return index;
            }
        }

        return from;
    }
}
