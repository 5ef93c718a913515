namespace EnteTui.Core.Takeout.Scanning;

/// <summary>The parsed JSON of every entry, by part and position.</summary>
public sealed class JsonLookup
{
    private readonly Dictionary<int, Dictionary<int, ParsedJson>> byPart = [];

    public JsonLookup(IEnumerable<PartListing> listings)
    {
        foreach (var listing in listings)
        {
            byPart[listing.Part.Number] = listing.Json;
        }
    }

    public ParsedJson? Get(TakeoutEntry entry) =>
        byPart.TryGetValue(entry.Part, out var json) && json.TryGetValue(entry.Ordinal, out var parsed) ? parsed : null;

    /// <summary>The parse of the first readable copy (copies are in deterministic order).</summary>
    public ParsedJson Primary(LogicalFile file)
    {
        ParsedJson? first = null;
        foreach (var copy in file.Copies)
        {
            var parsed = Get(copy);
            if (parsed is not null && parsed.Kind != JsonKind.Malformed)
            {
                return parsed;
            }

            first ??= parsed;
        }

        return first ?? ParsedJson.Malformed("not read");
    }
}
