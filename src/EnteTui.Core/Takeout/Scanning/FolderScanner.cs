namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Scans one folder of the merged tree: media vs JSON, which JSON may be a media sidecar (all but
/// album metadata and known non-sidecar files; content decides), the match, the album JSON, the
/// folder kind, and the sidecars nobody used.
/// </summary>
public sealed class FolderScanner(FolderMatcher matcher, JsonLookup json)
{
    public FolderScan Scan(TreeFolder folder)
    {
        var media = new List<LogicalFile>();
        var pool = new List<(LogicalFile File, ParsedJson Parsed)>();
        var albums = new List<(LogicalFile File, ParsedJson Parsed)>();
        foreach (var file in folder.Files.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (file.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var parsed = json.Primary(file);
                if (IsSidecarCandidate(file.Name, parsed))
                {
                    pool.Add((file, parsed));
                }
                else if (parsed.Kind == JsonKind.Album)
                {
                    albums.Add((file, parsed));
                }
            }
            else if (MediaTypes.Classify(MediaName.Parse(file.Name)) != MediaKind.NotMedia)
            {
                media.Add(file);
            }
        }

        var sidecars = pool.Select(p => new FolderSidecar(p.File.Name, p.Parsed.Kind == JsonKind.MediaSidecar ? p.Parsed.Sidecar?.Title : null)).ToList();
        var outcomes = media.Count == 0 ? new Dictionary<string, MatchOutcome>() : matcher.Match(media.Select(m => m.Name).ToList(), sidecars);
        var byName = pool.ToDictionary(p => p.File.Name, p => p.File, StringComparer.Ordinal);
        var matches = media.Select(m =>
        {
            var outcome = outcomes[m.Name];
            return new MediaMatch(m, outcome, outcome.Sidecar is { } s ? byName[s] : null);
        }).ToList();

        var used = matches.Where(m => m.Sidecar is not null).Select(m => m.Sidecar!.Name).ToHashSet(StringComparer.Ordinal);
        albums.AddRange(pool.Where(p => p.Parsed.Kind == JsonKind.Album && !used.Contains(p.File.Name)));
        var album = albums.OrderBy(a => KnownNames.IsAlbumMetadataName(a.File.Name) ? 0 : 1).ThenBy(a => a.File.Name, StringComparer.Ordinal)
            .Select(a => ((LogicalFile File, ParsedJson Parsed)?)a).FirstOrDefault();
        var orphans = pool.Where(p => !used.Contains(p.File.Name) && p.Parsed.Kind != JsonKind.Album).Select(p => p.File).ToList();
        return new FolderScan(Classify(folder, album), matches, orphans);
    }

    private static bool IsSidecarCandidate(string name, ParsedJson parsed)
    {
        if (parsed.Kind == JsonKind.MediaSidecar)
        {
            return true;
        }

        return !KnownNames.IsAlbumMetadataName(name) && !KnownNames.IsKnownNonSidecar(name) && parsed.Album is not { Wrapped: true };
    }

    private static TakeoutFolder Classify(TreeFolder folder, (LogicalFile File, ParsedJson Parsed)? album)
    {
        var albumTitle = album?.Parsed.Album?.Title is { Length: > 0 } t ? t : null;
        var albumJson = album?.File.Copies[0];
        var name = folder.Name;
        if (KnownNames.YearOf(name) is { } year && album is null)
        {
            return new TakeoutFolder(folder.Path, FolderKind.Year, null, new DateTime(year, 1, 1), null);
        }

        if (KnownNames.DayOf(name) is { } day && (albumTitle is null || albumTitle == name))
        {
            return new TakeoutFolder(folder.Path, FolderKind.Day, null, day, albumJson);
        }

        if (album is null && KnownNames.IsSpecialFolder(name))
        {
            return new TakeoutFolder(folder.Path, FolderKind.Special, null, null, null);
        }

        var segments = folder.Path.Split('/');
        var isProductRoot = segments.Length <= 2 && segments[0].Equals("Takeout", StringComparison.OrdinalIgnoreCase);
        if (isProductRoot || folder.Path.Length == 0)
        {
            return new TakeoutFolder(folder.Path, FolderKind.Other, null, null, null);
        }

        return new TakeoutFolder(folder.Path, FolderKind.Album, albumTitle ?? name, null, albumJson);
    }
}
