using EnteTui.Core.Takeout.Scanning;

namespace EnteTui.Core.Import.Sources;

/// <summary>
/// The user's manual pairings (`--resolutions FILE`): `{"&lt;media path&gt;": "&lt;sidecar path&gt;" | null}`,
/// null meaning "skip this item". Sidecars are read from the parts.
/// </summary>
public sealed record Resolutions(IReadOnlyDictionary<string, SidecarData> Paired, IReadOnlySet<string> Skipped, IReadOnlyList<string> Problems)
{
    public static Resolutions None { get; } = new(new Dictionary<string, SidecarData>(), new HashSet<string>(), []);

    public static Dictionary<string, string?> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<Dictionary<string, string?>>(stream)
            ?? throw new InvalidDataException($"{path} holds no JSON object.");
    }

    public static async Task<Resolutions> ResolveAsync(IReadOnlyDictionary<string, string?> pairings, TakeoutScanResult scan, ITakeoutSource source, CancellationToken cancellationToken)
    {
        var sidecars = scan.OrphanSidecars.Concat(scan.Pairs.Select(p => p.Sidecar).OfType<TakeoutEntry>())
            .GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var paired = new Dictionary<string, SidecarData>(StringComparer.Ordinal);
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (media, sidecarPath) in pairings)
        {
            if (sidecarPath is null)
            {
                skipped.Add(media);
                continue;
            }

            if (!sidecars.TryGetValue(sidecarPath, out var entry))
            {
                problems.Add($"{media}: sidecar {sidecarPath} is not in the parts given");
                continue;
            }

            var parsed = await ReadAsync(entry, source, cancellationToken);
            if (parsed.Sidecar is { } data)
            {
                paired[media] = data;
            }
            else
            {
                problems.Add($"{media}: {sidecarPath} is not a media sidecar ({parsed.Error ?? parsed.Kind.ToString()})");
            }
        }

        return new Resolutions(paired, skipped, problems);
    }

    private static async Task<ParsedJson> ReadAsync(TakeoutEntry entry, ITakeoutSource source, CancellationToken cancellationToken)
    {
        if (entry.Size > SidecarParser.MaximumBytes)
        {
            return ParsedJson.Malformed("too large");
        }

        await using var stream = await source.OpenEntryAsync(entry.Ref, cancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return SidecarParser.Parse(copy.ToArray());
    }
}
