using EnteTui.Core.JsonOutput;

namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Writes the <c>takeout scan --json</c> report as pinned by the contracts: <c>parts</c>
/// (<c>path, entries, kind</c>), <c>pairs</c> (every physical media entry: <c>media, part, sidecar,
/// sidecarPart, rule, candidates</c>, plus <c>date</c> and <c>dateSource</c>), <c>orphanSidecars</c>
/// (paths) and <c>problems</c> (<c>part, entry, message</c>). Part numbers are 1-based in the order given.
/// </summary>
public static class ScanReportJson
{
    /// <summary>Writes the report onto <paramref name="w"/>, which streams it (the app's <c>Reporting/JsonReport</c>).</summary>
    public static void Write(TakeoutScanResult result, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("parts");
        foreach (var part in result.Parts)
        {
            w.WriteStartObject();
            w.WriteString("path", part.Part.Path);
            w.WriteNumber("entries", part.Entries);
            w.WriteString("kind", part.Part.Kind.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("pairs");
        foreach (var pair in result.Pairs)
        {
            w.WriteStartObject();
            w.WriteString("media", pair.Media.Path);
            w.WriteNumber("part", pair.Media.Part);
            WriteNullable(w, "sidecar", pair.Sidecar?.Path);
            if (pair.Sidecar is null)
            {
                w.WriteNull("sidecarPart");
            }
            else
            {
                w.WriteNumber("sidecarPart", pair.Sidecar.Part);
            }

            w.WriteString("rule", pair.Rule);
            w.WriteStringArray("candidates", pair.Candidates);
            WriteNullable(w, "date", pair.Date.Value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            w.WriteString("dateSource", JsonNames.Of(pair.Date.Source));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("orphanSidecars");
        foreach (var orphan in result.OrphanSidecars.Distinct(EntryPathOrder.Instance))
        {
            w.WriteStringValue(orphan.Path);
        }

        w.WriteEndArray();
        w.WriteStartArray("problems");
        foreach (var problem in result.Problems)
        {
            w.WriteStartObject();
            if (problem.Part is { } part)
            {
                w.WriteNumber("part", part);
            }
            else
            {
                w.WriteNull("part");
            }

            WriteNullable(w, "entry", problem.Entry);
            w.WriteString("message", problem.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
