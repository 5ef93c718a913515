namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// A person's decisions applied to a scan: media path → sidecar path (rule <c>manual</c>) or null
/// (rule <c>skipped</c>: do not import). Read from the import's <c>--resolutions FILE</c>
/// (<c>{"&lt;media path&gt;": "&lt;sidecar path&gt;" | null}</c>) or from <c>TakeoutStateStore</c>.
/// </summary>
public static class ScanResolutions
{
    public static IReadOnlyDictionary<string, string?> ReadFile(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("a resolutions file is a JSON object of media path to sidecar path or null");
        }

        return doc.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => throw new InvalidDataException($"resolution for {p.Name} is neither a path nor null"),
            },
            StringComparer.Ordinal);
    }

    /// <summary>A new result with the decisions applied; a decision naming a sidecar not in the parts is reported and ignored.</summary>
    public static TakeoutScanResult Apply(TakeoutScanResult result, IReadOnlyDictionary<string, string?> decisions)
    {
        if (decisions.Count == 0)
        {
            return result;
        }

        var json = new JsonLookup(result.Listings);
        var sidecars = result.Listings.SelectMany(l => l.Entries).Where(e => ContentCapture.IsJson(e.FileName))
            .GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var problems = result.Problems.ToList();
        var pairs = new List<TakeoutPair>(result.Pairs.Count);
        foreach (var pair in result.Pairs)
        {
            if (!decisions.TryGetValue(pair.Media.Path, out var decision))
            {
                pairs.Add(pair);
            }
            else if (decision is null)
            {
                pairs.Add(pair with { Sidecar = null, SidecarData = null, Rule = MatchRules.Skipped, Ambiguous = false });
            }
            else if (sidecars.TryGetValue(decision, out var copies))
            {
                var sidecar = copies.FirstOrDefault(c => c.Part == pair.Media.Part) ?? copies[0];
                var data = json.Get(sidecar)?.Sidecar;
                var date = MediaDateResolver.WithSidecar(pair.Date, data, pair.Folder.FolderDate);
                pairs.Add(pair with { Sidecar = sidecar, SidecarData = data, Rule = MatchRules.Manual, Ambiguous = false, Date = date });
            }
            else
            {
                pairs.Add(pair);
                problems.Add(new TakeoutProblem(pair.Media.Part, pair.Media.Path, $"resolution names {decision}, which is not a JSON file of the parts: ignored"));
            }
        }

        var used = pairs.Where(p => p.Sidecar is not null).Select(p => p.Sidecar!.Path).ToHashSet(StringComparer.Ordinal);
        var orphans = result.OrphanSidecars.Where(o => !used.Contains(o.Path)).ToList();
        return new TakeoutScanResult(result.Parts, pairs, orphans, problems, result.Folders, result.Listings);
    }
}
