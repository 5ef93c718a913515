namespace EnteTui.Core.Takeout.Sidecars;

/// <summary>Parses and classifies a Takeout JSON file leniently; never throws on content.</summary>
public static class SidecarParser
{
    /// <summary>JSON larger than this is not read (a sidecar is a few KB; album JSON with comments can be larger).</summary>
    public const int MaximumBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    // geoData is left out: Google's current album files carry a zero geoData too (takeout-notes §10.2).
    private static readonly string[] MediaKeys = ["url", "imageViews", "geoDataExif", "people", "googlePhotosOrigin", "photoLastModifiedTime"];

    private static readonly string[] AlbumKeys = ["access", "date", "location", "enrichments", "sharedAlbumComments"];

    public static ParsedJson Parse(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes;
        if (span.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (span.IsEmpty)
        {
            return ParsedJson.Malformed("empty JSON file");
        }

        try
        {
            using var doc = JsonDocument.Parse(span, Options);
            return Classify(doc.RootElement);
        }
        catch (JsonException ex)
        {
            return ParsedJson.Malformed($"invalid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json validates a string only when it is read: a lone surrogate escape or
            // invalid UTF-8 inside a value surfaces here, not as a JsonException.
            return ParsedJson.Malformed($"invalid JSON: {ex.Message}");
        }
    }

    private static ParsedJson Classify(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ParsedJson(JsonKind.Other, null, null, null);
        }

        if (root.TryGetProperty("albumData", out var albumData) && albumData.ValueKind == JsonValueKind.Object)
        {
            return new ParsedJson(JsonKind.Album, null, ReadAlbum(albumData) with { Wrapped = true }, null);
        }

        var hasTimes = root.TryGetProperty("photoTakenTime", out _) || root.TryGetProperty("creationTime", out _);
        var hasTitle = root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String;
        if (!hasTimes && hasTitle && AlbumKeys.Any(k => root.TryGetProperty(k, out _)))
        {
            return new ParsedJson(JsonKind.Album, null, ReadAlbum(root), null);
        }

        if (hasTimes || (hasTitle && MediaKeys.Any(k => root.TryGetProperty(k, out _))))
        {
            return new ParsedJson(JsonKind.MediaSidecar, ReadSidecar(root), null, null);
        }

        return hasTitle ? new ParsedJson(JsonKind.Album, null, ReadAlbum(root), null) : new ParsedJson(JsonKind.Other, null, null, null);
    }

    private static AlbumInfo ReadAlbum(JsonElement obj) => new(JsonValues.String(obj, "title"), JsonValues.String(obj, "description"));

    private static SidecarData ReadSidecar(JsonElement obj)
    {
        var people = new List<string>();
        if (obj.TryGetProperty("people", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var person in list.EnumerateArray())
            {
                if (person.ValueKind == JsonValueKind.Object && JsonValues.String(person, "name") is { Length: > 0 } name)
                {
                    people.Add(name);
                }
            }
        }

        var partner = obj.TryGetProperty("googlePhotosOrigin", out var origin) && origin.ValueKind == JsonValueKind.Object
            && origin.TryGetProperty("fromPartnerSharing", out _);
        return new SidecarData(
            JsonValues.String(obj, "title"),
            JsonValues.String(obj, "description") is { Length: > 0 } d ? d : null,
            JsonValues.Timestamp(obj, "photoTakenTime"),
            JsonValues.Timestamp(obj, "creationTime"),
            JsonValues.Geo(obj, "geoData"),
            JsonValues.Geo(obj, "geoDataExif"),
            JsonValues.Bool(obj, "favorited"),
            JsonValues.Bool(obj, "archived"),
            JsonValues.Bool(obj, "trashed"),
            people,
            JsonValues.String(obj, "url"),
            partner);
    }
}
