namespace EnteTui.Core.Takeout.Matching;

/// <summary>Lookup tables of one folder and the outcome reached so far for each media file.</summary>
internal sealed class FolderContext
{
    private readonly Dictionary<string, int> mediaByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> mediaIgnoreCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FolderSidecar> sidecars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> sidecarsIgnoreCase = new(StringComparer.OrdinalIgnoreCase);

    public FolderContext(IReadOnlyList<string> media, IReadOnlyList<FolderSidecar> sidecars)
    {
        Media = new MediaName[media.Count];
        Kinds = new MediaKind[media.Count];
        Outcomes = new MatchOutcome?[media.Count];
        for (var i = 0; i < media.Count; i++)
        {
            Media[i] = MediaName.Parse(media[i]);
            Kinds[i] = MediaTypes.Classify(Media[i]);
            mediaByName.TryAdd(media[i], i);
            Add(mediaIgnoreCase, media[i], i);
        }

        foreach (var sidecar in sidecars)
        {
            if (this.sidecars.TryAdd(sidecar.Name, sidecar))
            {
                Add(sidecarsIgnoreCase, sidecar.Name, sidecar.Name);
            }
        }

        Sidecars = sidecars;
    }

    public MediaName[] Media { get; }

    public MediaKind[] Kinds { get; }

    public MatchOutcome?[] Outcomes { get; }

    public IReadOnlyList<FolderSidecar> Sidecars { get; }

    public bool HasSidecar(string name) => this.sidecars.ContainsKey(name);

    public IReadOnlyList<string> SidecarsIgnoringCase(string name) =>
        sidecarsIgnoreCase.TryGetValue(name, out var list) ? list : [];

    public int? FindMedia(string name) => mediaByName.TryGetValue(name, out var index) ? index : null;

    public int MediaCountIgnoringCase(string name) =>
        mediaIgnoreCase.TryGetValue(name, out var list) ? list.Count : 0;

    /// <summary>Media present whose name equals <paramref name="name"/> ignoring the case of the extension only.</summary>
    public IEnumerable<int> FindMediaIgnoringExtensionCase(string name)
    {
        if (!mediaIgnoreCase.TryGetValue(name, out var list))
        {
            yield break;
        }

        var (stem, _) = MediaName.SplitExtension(name);
        foreach (var index in list)
        {
            if (Media[index].Stem == stem || Media[index].Name == name)
            {
                yield return index;
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
