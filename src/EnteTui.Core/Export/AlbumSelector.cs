namespace EnteTui.Core.Export;

/// <summary>
/// Which albums an export covers: every live album except hidden ones (owner visibility 2 or the
/// default hidden album) unless <c>--include-hidden</c>; <c>--albums</c> narrows by name or ID
/// (case-insensitive, trimmed), <c>--exclude-albums</c> wins over it.
/// </summary>
public static class AlbumSelector
{
    /// <exception cref="AlbumNotFoundException">a name or ID in --albums / --exclude-albums matches no album.</exception>
    public static IReadOnlyList<LibraryCollection> Select(IEnumerable<LibraryCollection> collections, ExportOptions options)
    {
        var live = collections.Where(c => !c.IsDeleted).ToList();
        RequireMatches(live, options.Albums.Concat(options.ExcludeAlbums));
        var include = Patterns(options.Albums);
        var exclude = Patterns(options.ExcludeAlbums);
        return live
            .Where(c => options.IncludeHidden || !c.IsHidden)
            .Where(c => include.Count == 0 || Matches(c, include))
            .Where(c => !Matches(c, exclude))
            .OrderBy(c => c.Id)
            .ToList();
    }

    public static bool Matches(LibraryCollection collection, IReadOnlyCollection<string> patterns) =>
        patterns.Contains(Normalize(collection.Name)) || patterns.Contains(collection.Id.ToString(CultureInfo.InvariantCulture));

    private static void RequireMatches(IReadOnlyList<LibraryCollection> live, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            if (Matches(live, value))
            {
                continue;
            }

            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => !Matches(live, p)))
            {
                throw new AlbumNotFoundException(part, Closest(live, part));
            }
        }
    }

    private static bool Matches(IReadOnlyList<LibraryCollection> live, string value) => live.Any(c => Matches(c, [Normalize(value)]));

    private static IReadOnlyList<string> Closest(IReadOnlyList<LibraryCollection> live, string given)
    {
        var key = Normalize(given);
        return live
            .Select(c => c.Name)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => Quickenshtein.Levenshtein.GetDistance(key, Normalize(name)))
            .ThenBy(name => name, StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .ToList();
    }

    /// <summary>Each value is a name or ID; a value that is not itself a name may list several, comma-separated.</summary>
    private static HashSet<string> Patterns(IEnumerable<string> values)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            set.Add(Normalize(value));
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                set.Add(Normalize(part));
            }
        }

        return set;
    }

    private static string Normalize(string name) => PortableName.Key(name.Trim());
}
